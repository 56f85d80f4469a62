package dev.peerdesk.viewer.check;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.AeadFactory;
import dev.peerdesk.protocol.crypto.AesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.record.RecordOpener;
import dev.peerdesk.protocol.record.RecordSealer;
import dev.peerdesk.protocol.record.RecordSession;
import dev.peerdesk.protocol.record.RecordType;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.viewer.crypto.BigIntArithmetic;
import dev.peerdesk.viewer.crypto.BrowserAead;
import dev.peerdesk.viewer.crypto.BrowserRandom;
import java.nio.ByteBuffer;

/**
 * The protocol check page: the viewer's side of a session ({@link ViewerHandshake}: SRP-6a with channel binding,
 * then records both ways) against a loopback JVM host, over synchronous XHR instead of a data
 * channel. Same classes as the viewer: protocol/ plus {@code dev.peerdesk.viewer.crypto}.
 * Reports on body: data-state = done | failed, data-key, data-client-ms, data-aead,
 * data-gcm-agree, data-error.
 */
public final class ProtocolCheck {
    /** The channel the records go on (any id; ordered like the real control channel). */
    static final int CHANNEL = 1;

    private ProtocolCheck() {}

    public static void main(String[] args) {
        try {
            String[] p = Page.http("GET", "/params", null).split("\n");
            int rounds = Integer.parseInt(p[5]);
            if (rounds > 1) {
                BrowserBench.run(p, rounds, true);
                return;
            }
            run(p);
        } catch (Throwable t) {
            Page.report("data-error", String.valueOf(t.getMessage() != null ? t.getMessage() : t));
            Page.report("data-state", "failed");
        }
    }

    static void run(String[] p) throws Exception {
        String hostId = p[0];
        byte[] transcript = ChannelBinding.transcript(ProtocolVersion.CURRENT, hostId, Hex.decode(p[2]), p[3], p[4]);
        double[] clientMs = new double[1];
        RecordKeys keys = handshake(new BigIntArithmetic(), hostId, p[1], transcript, clientMs);
        // Both directions' keys, for the test to compare with the host's (a check page, not the viewer).
        Page.report("data-key", Hex.encode(keys.hostToViewer()) + Hex.encode(keys.viewerToHost()));
        Page.report("data-client-ms", String.valueOf(clientMs[0]));

        AeadFactory aeads = BrowserAead.factory();
        Page.report("data-aead", aeads == AesGcm.FACTORY ? "pure-java" : "webcrypto");
        Page.report("data-gcm-agree", String.valueOf(AeadCrossCheck.run()));
        RecordSession session = RecordSession.viewer(keys, aeads);
        RecordOpener in = session.opener(CHANNEL, true);
        RecordSealer out = session.sealer(CHANNEL);
        StringBuilder echo = new StringBuilder();
        for (String line : Page.http("GET", "/records", null).split("\n")) {
            Record record = in.open(Hex.decode(line));
            ByteBuffer frames = ByteBuffer.wrap(record.plaintext());
            StringBuilder plain = new StringBuilder();
            Message m;
            while ((m = MessageCodec.parse(frames)) != null) {
                plain.append(Hex.encode(MessageCodec.encode(m)));
            }
            if (frames.hasRemaining()) {
                throw new IllegalStateException("record ends inside a frame");
            }
            // Echo what we decrypted, sealed the other way: the host checks both directions at once.
            echo.append(Hex.encode(out.seal(RecordType.MESSAGES, Hex.decode(plain.toString())))).append('\n');
        }
        byte[] pointer = MessageCodec.encode(new PointerEvent(PointerEvent.DOWN, 0, 640, 480));
        echo.append(Hex.encode(out.seal(RecordType.MESSAGES, pointer))).append('\n');
        echo.append(Hex.encode(out.seal(RecordType.CLOSE, new byte[0])));
        Page.http("POST", "/records", echo.toString());
        Page.report("data-state", "done");
    }

    /**
     * One handshake against the host through the viewer's driver; returns the record keys.
     * clientMs[0] gets our compute time only (not the XHR round trips).
     */
    static RecordKeys handshake(ModArithmetic arithmetic, String hostId, String password, byte[] transcript,
            double[] clientMs) throws Exception {
        double t0 = Page.now();
        ViewerHandshake viewer = new ViewerHandshake(SrpParameters.production(arithmetic), password,
                transcript, BrowserRandom.bytes(32), BrowserAead.factory());
        byte[] next = viewer.start();
        clientMs[0] = Page.now() - t0;
        while (true) {
            byte[] reply = Hex.decode(Page.http("POST", "/srp", Hex.encode(next)));
            t0 = Page.now();
            HandshakeStep step = viewer.receive(reply);
            clientMs[0] += Page.now() - t0;
            switch (step.outcome()) {
                case ESTABLISHED:
                    return step.session().keys();
                case FAILED:
                    throw new IllegalStateException(step.error() + ": " + step.detail());
                default:
                    next = step.reply();
            }
        }
    }
}
