package dev.peerdesk.viewer.core;

import static org.junit.jupiter.api.Assertions.*;

import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.KeyEvent;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.HostHandshake;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpVerifier;
import dev.peerdesk.protocol.tiles.FramePartWriter;
import dev.peerdesk.protocol.tiles.TileWire;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionCoreTest {
    private static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    private final Random random = new Random(7);
    private final List<Long> completed = new ArrayList<>();
    private final FrameBuffer screen = new FrameBuffer(new FrameBuffer.Listener() {
        @Override public void resized(int w, int h) {}
        @Override public void frameComplete(long id) { completed.add(id); }
        @Override public void cursor(int x, int y, boolean visible) {}
    });

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] transcript(String hostFp) {
        return ChannelBinding.transcript(1, "123456789", new byte[32], "sha-256 AA:BB", hostFp);
    }

    private HostHandshake host(String password, byte[] transcript) {
        SrpVerifier v = SrpVerifier.generate(P, bytes(16), ViewerHandshake.IDENTITY, password);
        return new HostHandshake(P, List.of(v), transcript, List.of(bytes(32)), JcaAesGcm.FACTORY);
    }

    private SessionCore viewer(String password, byte[] transcript) {
        return new SessionCore(new ViewerHandshake(P, password, transcript, bytes(32), JcaAesGcm.FACTORY), screen);
    }

    @Test
    void authenticatesDecodesScreenAcksAndSealsInput() throws Exception {
        byte[] t = transcript("sha-256 CC:DD");
        HostHandshake hh = host("secret", t);
        SessionCore v = viewer("secret", t);
        HandshakeStep s1 = hh.receive(only(v.start()).bytes());
        List<SessionCore.Send> proofs = v.receive(SessionChannel.CONTROL, s1.reply());
        HandshakeStep s2 = hh.receive(only(proofs).bytes());
        assertEquals(HandshakeStep.Outcome.ESTABLISHED, s2.outcome());
        assertTrue(v.receive(SessionChannel.CONTROL, s2.reply()).isEmpty());
        assertEquals(SessionCore.State.ESTABLISHED, v.state());
        SecureSession hs = s2.session();

        FramePartWriter w = new FramePartWriter(1024);
        w.begin(1, 4, 2);
        w.rect(TileWire.KIND_SOLID, 0, 0, 4, 2);
        w.rgb(0x123456);
        w.rect(TileWire.KIND_SOLID, 1, 1, 2, 1);
        w.rgb(0xff0000);
        byte[] part = w.finish(true);
        assertTrue(v.receive(SessionChannel.VIDEO, hs.seal(SessionChannel.VIDEO, new ScreenUpdate(1, 1, part))).isEmpty());
        assertEquals(List.of(1L), completed);
        assertEquals(0x123456, screen.rgb(0, 0));
        assertEquals(0xff0000, screen.rgb(2, 1));

        SessionCore.Send ack = only(v.frameShown(1));
        assertEquals(SessionChannel.VIDEO, ack.channel());
        assertEquals(List.of(new FrameAck(1)), hs.open(SessionChannel.VIDEO, ack.bytes()).messages());

        KeyEvent key = new KeyEvent(true, 0, 'a');
        SessionCore.Send input = only(v.send(key));
        assertEquals(List.of(key), hs.open(SessionChannel.CONTROL, input.bytes()).messages());

        v.receive(SessionChannel.CONTROL, hs.seal(SessionChannel.CONTROL, new ErrorMessage(ErrorCode.PERMISSION_DENIED, "view only")));
        assertTrue(v.viewOnly());
        assertEquals(SessionCore.State.ESTABLISHED, v.state());

        assertTrue(hs.open(SessionChannel.CONTROL, only(v.close()).bytes()).close());
        assertEquals(SessionCore.State.ENDED, v.state());
        assertTrue(v.send(key).isEmpty());
    }

    @Test
    void theComputersClipboardTextIsHandedToThePageOnlyFromControl() throws Exception {
        byte[] t = transcript("sha-256 CC:DD");
        HostHandshake hh = host("pw", t);
        SessionCore v = viewer("pw", t);
        HandshakeStep s2 = hh.receive(only(v.receive(SessionChannel.CONTROL, hh.receive(only(v.start()).bytes()).reply())).bytes());
        v.receive(SessionChannel.CONTROL, s2.reply());
        SecureSession hs = s2.session();
        assertNull(v.takeClipboard());
        v.receive(SessionChannel.CONTROL, hs.seal(SessionChannel.CONTROL, new ClipboardText("one"), new ClipboardText("two")));
        assertEquals(new ClipboardText("two"), v.takeClipboard(), "the newest text wins");
        assertNull(v.takeClipboard(), "taken once");
        v.receive(SessionChannel.VIDEO, hs.seal(SessionChannel.VIDEO, new ClipboardText("on video")));
        assertNull(v.takeClipboard(), "clipboard text belongs on control");
        SessionCore.Send out = only(v.send(new ClipboardText("pasted"), new KeyEvent(true, 2, 'v')));
        assertEquals(List.of(new ClipboardText("pasted"), new KeyEvent(true, 2, 'v')),
                hs.open(SessionChannel.CONTROL, out.bytes()).messages(), "the text goes before the paste keys, in one record");
    }

    @Test
    void wrongPasswordAndSwappedFingerprintAreToldApart() {
        byte[] t = transcript("sha-256 CC:DD");
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, run(host("secret", t), viewer("guess", t)));
        // The server swapped the host's fingerprint in the answer the viewer saw.
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, run(host("secret", t), viewer("secret", transcript("sha-256 EE:FF"))));
    }

    private ErrorCode run(HostHandshake hh, SessionCore v) {
        HandshakeStep s = hh.receive(only(v.start()).bytes());
        while (true) {
            List<SessionCore.Send> out = v.receive(SessionChannel.CONTROL, s.reply());
            if (v.state() == SessionCore.State.ENDED) {
                return v.end().error();
            }
            s = hh.receive(only(out).bytes());
        }
    }

    @Test
    void screenDataBeforeAuthenticationEndsTheSession() {
        SessionCore v = viewer("x", transcript("sha-256 CC:DD"));
        v.start();
        v.receive(SessionChannel.VIDEO, new byte[] {1, 2, 3});
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, v.end().error());
    }

    @Test
    void forgedRecordEndsTheSession() throws Exception {
        byte[] t = transcript("sha-256 CC:DD");
        HostHandshake hh = host("pw", t);
        SessionCore v = viewer("pw", t);
        HandshakeStep s2 = hh.receive(only(v.receive(SessionChannel.CONTROL, hh.receive(only(v.start()).bytes()).reply())).bytes());
        v.receive(SessionChannel.CONTROL, s2.reply());
        byte[] rec = s2.session().seal(SessionChannel.VIDEO, new ScreenUpdate(1, 1, new byte[] {3, 0, 0, 0, 0, 1}));
        rec[rec.length - 1] ^= 1;
        v.receive(SessionChannel.VIDEO, rec);
        assertEquals(SessionCore.State.ENDED, v.state());
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, v.end().error());
    }

    private static SessionCore.Send only(List<SessionCore.Send> sends) {
        assertEquals(1, sends.size());
        return sends.get(0);
    }
}
