package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.session.Frames;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.session.ViewerHandshake;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The viewer side of a session below the transport: an in-memory pair of channels to a
 * {@link HostSession} and the real {@link ViewerHandshake}.
 */
final class TestViewer implements SessionLink {
    static final String VIEWER_FP = "sha-256 " + "AB:".repeat(31) + "AB";
    static final String HOST_FP = "sha-256 " + "CD:".repeat(31) + "CD";
    static final long WAIT = 20;

    record Sent(SessionChannel channel, byte[] bytes) {}

    final BlockingQueue<Sent> fromHost = new LinkedBlockingQueue<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    HostSession host;
    SecureSession secure;

    @Override
    public void send(SessionChannel channel, byte[] message) {
        if (closed.isDone()) {
            throw new IllegalStateException("closed");
        }
        fromHost.add(new Sent(channel, message));
    }

    @Override
    public void close(Runnable after) {
        closed.complete(null);
        after.run();
    }

    Sent next() throws InterruptedException {
        Sent s = fromHost.poll(WAIT, TimeUnit.SECONDS);
        assertNotNull(s, "nothing from the host in time");
        return s;
    }

    /** Runs SRP with {@code password}, the viewer having seen {@code hostFpSeen} in the answer. */
    HandshakeStep handshake(String password, String hostId, byte[] hostKey, String hostFpSeen) throws Exception {
        byte[] transcript = ChannelBinding.transcript(MessageCodec.VERSION, hostId, hostKey, VIEWER_FP, hostFpSeen);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        ViewerHandshake v = new ViewerHandshake(SrpVerifiers.PARAMS, password, transcript, secret, JcaAesGcm.FACTORY);
        host.onMessage(SessionChannel.CONTROL, v.start());
        HandshakeStep step = v.receive(controlPlain());
        if (step.outcome() != HandshakeStep.Outcome.CONTINUE) {
            return step;
        }
        host.onMessage(SessionChannel.CONTROL, step.reply());
        step = v.receive(controlPlain());
        secure = step.session();
        return step;
    }

    byte[] controlPlain() throws InterruptedException {
        Sent s = next();
        assertEquals(SessionChannel.CONTROL, s.channel());
        return s.bytes();
    }

    /** The error the host sent before the session was established. */
    ErrorMessage plainError() throws Exception {
        List<Message> m = Frames.decodeAll(controlPlain());
        return (ErrorMessage) m.get(0);
    }

    void sendSealed(SessionChannel ch, Message... m) {
        host.onMessage(ch, secure.seal(ch, m));
    }

    /** The next sealed record on {@code ch} (others are skipped), opened. */
    SecureSession.Received nextSealed(SessionChannel ch) throws Exception {
        while (true) {
            Sent s = next();
            if (s.channel() == ch) {
                return secure.open(ch, s.bytes());
            }
            secure.open(s.channel(), s.bytes()); // keep the other channel's sequence
        }
    }
}
