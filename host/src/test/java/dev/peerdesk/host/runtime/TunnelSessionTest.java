package dev.peerdesk.host.runtime;

import dev.peerdesk.crypto.Ed25519;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.audit.AuditSink;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.session.Frames;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.signaling.ServerConfig;
import dev.peerdesk.signaling.SignalingServer;
import dev.peerdesk.signaling.broker.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session through the HTTPS tunnel: the real signaling server, the real host (fake screen),
 * and a JVM viewer that asks for the tunnel instead of offering WebRTC, runs SRP over it and
 * exchanges records. A tap on the server sees every forwarded frame: the known plaintexts inside
 * the session never appear in it, while the host does decrypt and act on them (acceptance 2).
 */
class TunnelSessionTest {
    static final String CANARY = "PEERDESK-CANARY-clipboard-4f1c9e";

    @TempDir
    Path serverDir;
    @TempDir
    Path hostDir;

    record Tapped(Role from, byte[] frame) {}

    @Test
    void aSessionRunsThroughTheTunnelAndTheServerForwardsOnlyCiphertext() throws Exception {
        List<AuditEvent> audit = new CopyOnWriteArrayList<>();
        List<Tapped> tapped = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        AuditSink sink = new AuditSink() {
            @Override
            public void write(AuditEvent e) {
                audit.add(e);
            }

            @Override
            public void close() {}
        };
        FakeScreen screen = new FakeScreen();
        SignalingServer server = new SignalingServer(ServerConfig.defaults(serverDir).withPort("127.0.0.1", 0),
                InstantSource.system(), new SecureRandom(), true);
        try (server) {
            server.start();
            server.tunnelTap((session, from, frame) -> {
                byte[] b = new byte[frame.remaining()];
                frame.get(b);
                tapped.add(new Tapped(from, b));
            });
            URI https = URI.create("https://127.0.0.1:" + server.port());
            // No clipboard permission: the host audits the denied ClipboardText, which proves it
            // decrypted and parsed the record the server only saw as ciphertext.
            try (Host host = Host.start(new HostConfig(https, null, null,
                    EnumSet.of(Permission.VIEW, Permission.CONTROL), 1, "hw-tunnel-test-01", screen),
                    DataDir.open(hostDir, Map.of()), new AuditLog(InstantSource.system(), List.of(sink), out), out,
                    new SecureRandom())) {
                String id = host.online().get(30, TimeUnit.SECONDS);
                EnvelopeVerifier verifier = new EnvelopeVerifier(Ed25519.VERIFIER, server.masterPublicKey(),
                        120_000, 60_000, 1000);
                String sid = Base64Url.encode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
                WsPeer signal = WsPeer.open(URI.create("wss://127.0.0.1:" + server.port() + "/ws/viewer"));
                WsPeer tunnel = null;
                try {
                    signal.send(new JsonObject().put("type", "connect").put("id", id).put("session", sid));
                    byte[] hostKey = Base64Url.decode(signal.expect(verifier, "session", "viewer:" + sid)
                            .string("hostKey"));
                    signal.send(new JsonObject().put("type", "tunnel").put("session", sid));
                    JsonObject grant = signal.expect(verifier, "tunnel", "viewer:" + sid);
                    tunnel = WsPeer.open(URI.create("wss://127.0.0.1:" + server.port() + grant.string("path")));
                    tunnel.send(new JsonObject().put("type", "tunnel-hello").put("session", sid)
                            .put("role", "viewer").put("token", grant.string("token")));
                    tunnel.expect(verifier, "tunnel-ready", "viewer:" + sid);

                    SecureSession secure = handshake(tunnel, host.sessions().oneTimePassword(), id, hostKey, sid);
                    // The screen arrives sealed on the video channel and decrypts to the known pattern.
                    // Updates with frame id 0 are parts of a frame; the frame's last part carries its id.
                    ScreenUpdate update = null;
                    long frameId = 0;
                    while (frameId == 0) {
                        byte[] f = tunnel.nextBinary();
                        SessionChannel ch = SessionChannel.values()[f[0]];
                        for (Message m : secure.open(ch, Arrays.copyOfRange(f, 1, f.length)).messages()) {
                            if (m instanceof ScreenUpdate u) {
                                update = update == null ? u : update;
                                frameId = Math.max(frameId, u.frameId());
                            }
                        }
                    }
                    tunnel.sendBinary(frame(SessionChannel.VIDEO, secure.seal(SessionChannel.VIDEO,
                            new FrameAck(frameId))));
                    // Input after the first frame (the host's injector follows the captured monitor).
                    PointerEvent move = new PointerEvent(PointerEvent.MOVE, 0, 61, 47);
                    byte[] record = secure.seal(SessionChannel.CONTROL, new ClipboardText(CANARY), move);
                    tunnel.sendBinary(frame(SessionChannel.CONTROL, record));
                    assertEquals(new InputEvent.PointerMove(61, 47), screen.injected.poll(TestViewer.WAIT,
                            TimeUnit.SECONDS), () -> "the host decrypted the viewer's record; host said: " + printed
                            + " audit: " + audit);
                    awaitAudit(audit, AuditEvent.Type.PERMISSION_DENIED);
                    AuditEvent ok = audit.stream().filter(e -> e.type() == AuditEvent.Type.AUTH_OK).findFirst()
                            .orElseThrow();
                    assertEquals(AuditEvent.Transport.TUNNEL, ok.transport());

                    byte[] clipboardPlain = MessageCodec.encode(new ClipboardText(CANARY));
                    byte[] screenPlain = update.payload();
                    assertTrue(tapped.stream().anyMatch(t -> t.from() == Role.VIEWER), "the tap saw the viewer");
                    assertTrue(tapped.stream().anyMatch(t -> t.from() == Role.HOST), "the tap saw the host");
                    for (Tapped t : tapped) {
                        assertFalse(contains(t.frame(), CANARY.getBytes(StandardCharsets.UTF_8)),
                                "the clipboard text crossed the server in the clear");
                        assertFalse(contains(t.frame(), clipboardPlain), "a plaintext message crossed the server");
                        assertFalse(contains(t.frame(), Arrays.copyOf(screenPlain, Math.min(32, screenPlain.length))),
                                "screen content crossed the server in the clear");
                    }
                    // Ending: the viewer's tunnel closes, the host ends the session and audits it.
                    tunnel.abort();
                    awaitAudit(audit, AuditEvent.Type.SESSION_END);
                } finally {
                    signal.abort();
                    if (tunnel != null) {
                        tunnel.abort();
                    }
                }
            }
        }
    }

    private static SecureSession handshake(WsPeer tunnel, String password, String hostId, byte[] hostKey, String sid)
            throws Exception {
        String marker = TunnelBinding.marker(sid);
        byte[] transcript = ChannelBinding.transcript(MessageCodec.VERSION, hostId, hostKey, marker, marker);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        ViewerHandshake v = new ViewerHandshake(SrpVerifiers.PARAMS, password, transcript, secret, JcaAesGcm.FACTORY);
        tunnel.sendBinary(frame(SessionChannel.CONTROL, v.start()));
        HandshakeStep step = v.receive(control(tunnel));
        assertEquals(HandshakeStep.Outcome.CONTINUE, step.outcome(), () -> step.error() + " " + step.detail());
        tunnel.sendBinary(frame(SessionChannel.CONTROL, step.reply()));
        HandshakeStep done = v.receive(control(tunnel));
        assertEquals(HandshakeStep.Outcome.ESTABLISHED, done.outcome(), () -> done.error() + " " + done.detail());
        return done.session();
    }

    private static byte[] control(WsPeer tunnel) throws Exception {
        byte[] f = tunnel.nextBinary();
        assertEquals(SessionChannel.CONTROL.id(), f[0]);
        return Arrays.copyOfRange(f, 1, f.length);
    }

    static byte[] frame(SessionChannel ch, byte[] message) {
        return ByteBuffer.allocate(1 + message.length).put((byte) ch.id()).put(message).array();
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void awaitAudit(List<AuditEvent> audit, AuditEvent.Type type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TestViewer.WAIT);
        while (audit.stream().noneMatch(e -> e.type() == type) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(audit.stream().anyMatch(e -> e.type() == type), () -> "no " + type + " in " + audit);
    }
}
