package dev.peerdesk.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.transport.dtls.PacketPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path under DTLS across an ICE restart. */
class PathSwitchTest {

    /** Receives nothing; once closed, receive throws as a closed ice4j socket does. */
    static final class FakePath implements PacketPath {
        final List<Integer> sent = new ArrayList<>();
        volatile boolean closed;
        Runnable duringReceive = () -> { };

        @Override
        public void send(byte[] buf, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            sent.add(len);
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            duringReceive.run();
            if (closed) {
                throw new IOException("socket closed");
            }
            return -1;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void sendsFollowTheSwitch() throws IOException {
        FakePath a = new FakePath();
        FakePath b = new FakePath();
        PathSwitch s = new PathSwitch(a);
        s.send(new byte[3], 0, 3);
        s.switchTo(b);
        a.close();
        s.send(new byte[5], 0, 5);
        assertEquals(List.of(3), a.sent);
        assertEquals(List.of(5), b.sent);
    }

    @Test
    void oldPathClosingUnderAReceiveIsATimeoutNotAnError() throws IOException {
        FakePath a = new FakePath();
        FakePath b = new FakePath();
        PathSwitch s = new PathSwitch(a);
        a.duringReceive = () -> {
            s.switchTo(b); // the restart connects while DTLS waits on the old socket
            a.close();
        };
        assertEquals(-1, s.receive(new byte[10], 0, 10, 100), "DTLS must not see the old socket's close");
        assertEquals(-1, s.receive(new byte[10], 0, 10, 100));
    }

    @Test
    void closingTheSwitchIsAnError() {
        FakePath a = new FakePath();
        PathSwitch s = new PathSwitch(a);
        s.close();
        assertThrows(IOException.class, () -> s.receive(new byte[10], 0, 10, 100));
    }
}
