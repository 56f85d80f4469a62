package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.OneTimePasswords;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.session.SessionRegistry;
import dev.peerdesk.protocol.backoff.BruteForceGate;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Session logic below the transport: an in-memory pair of channels, the real ViewerHandshake and
 * record layer, the real registry, password policy and tile codec; a fake screen and injector.
 */
class HostSessionTest {
    static final String HOST_ID = "123456789";
    static final byte[] HOST_KEY = new byte[32];

    final AtomicLong clock = new AtomicLong(1_000_000);
    final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    final List<String> reports = new CopyOnWriteArrayList<>();
    final FakeScreen screen = new FakeScreen();
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final List<TestViewer> viewers = new CopyOnWriteArrayList<>();
    PasswordPolicy policy;
    SessionContext ctx;

    void setUp(Set<Permission> permissions, int maxSessions, Optional<StoredVerifier> permanent) {
        SrpVerifiers factory = new SrpVerifiers(new SecureRandom());
        policy = new PasswordPolicy(new OneTimePasswords(new SplittableRandom(7)), factory, permanent,
                new BruteForceGate());
        AuditLog log = new AuditLog(() -> java.time.Instant.ofEpochMilli(clock.get()), List.of(new dev.peerdesk.host.audit.AuditSink() {
            @Override
            public void write(AuditEvent e) {
                audit.add(e);
            }

            @Override
            public void close() {}
        }), new PrintStream(printed));
        Object lock = new Object();
        SessionRegistry registry = new SessionRegistry(maxSessions, permissions, policy, log, p -> { });
        ctx = new SessionContext(lock, registry, policy::oneTimePassword, () -> permanent, HOST_ID, HOST_KEY,
                permissions, screen, new SessionContext.Reporter() {
                    @Override
                    public void authResult(String session, boolean ok) {
                        reports.add("auth " + session + " " + ok);
                    }

                    @Override
                    public void bye(String session, String reason) {
                        reports.add("bye " + session);
                    }
                }, clock::get, new SecureRandom(), new PrintStream(printed, true));
    }

    TestViewer viewer(String session) {
        TestViewer v = new TestViewer();
        v.host = new HostSession(session, "198.18.0.9", ctx, v);
        v.host.fingerprints(TestViewer.VIEWER_FP, TestViewer.HOST_FP);
        v.host.iceConnected("relay 198.18.0.1:5000/udp <-> host 198.18.0.9:6000/udp");
        viewers.add(v);
        return v;
    }

    @AfterEach
    void stop() {
        for (TestViewer v : viewers) {
            v.host.closed("test over");
        }
    }

    @Test
    void rightPasswordStreamsTheScreenExactlyAndTakesInput() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer v = viewer("session-aaaaaaaaaaaa");
        HandshakeStep s = v.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, TestViewer.HOST_FP);
        assertEquals(HandshakeStep.Outcome.ESTABLISHED, s.outcome(), () -> s.error() + " " + s.detail());
        assertEquals(List.of("auth session-aaaaaaaaaaaa true"), reports);

        PixelBufferSink sink = new PixelBufferSink();
        TileDecoder decoder = new TileDecoder(sink);
        long acked = 0;
        while (sink.lastCompletedFrame() == 0 || sink.width() == 0) {
            for (Message m : v.nextSealed(SessionChannel.VIDEO).messages()) {
                ScreenUpdate u = (ScreenUpdate) m;
                assertEquals(ScreenTask.CODEC_TILES, u.codecId());
                decoder.decode(u.payload());
                acked = Math.max(acked, u.frameId());
            }
        }
        v.sendSealed(SessionChannel.VIDEO, new FrameAck(acked));
        assertEquals(FakeScreen.W, sink.width());
        for (int y = 0; y < FakeScreen.H; y++) {
            for (int x = 0; x < FakeScreen.W; x++) {
                assertEquals(FakeScreen.pattern(x, y), sink.pixels()[y * FakeScreen.W + x], "pixel " + x + "," + y);
            }
        }
        assertEquals(10, sink.cursorX());

        v.sendSealed(SessionChannel.CONTROL, new PointerEvent(PointerEvent.DOWN, 0, 30, 40));
        assertEquals(new InputEvent.PointerMove(30, 40), screen.injected.poll(TestViewer.WAIT, TimeUnit.SECONDS));
        assertEquals(new InputEvent.PointerButton(1, true), screen.injected.poll(TestViewer.WAIT, TimeUnit.SECONDS));

        String before = policy.oneTimePassword();
        v.host.closed("viewer left");
        assertTrue(v.closed.isDone());
        assertTrue(!before.equals(policy.oneTimePassword()), "one-time password rotated after the session");
        AuditEvent end = audit.stream().filter(e -> e.type() == AuditEvent.Type.SESSION_END).findFirst().orElseThrow();
        assertEquals(AuditEvent.Transport.RELAY, end.transport());
        assertEquals("198.18.0.9", end.peer());
        assertTrue(end.fields().containsKey("duration_ms"), end.toString());
    }

    @Test
    void viewOnlyInputIsDroppedAndAudited() throws Exception {
        setUp(Permission.VIEW_ONLY, 1, Optional.empty());
        TestViewer v = viewer("session-bbbbbbbbbbbb");
        assertEquals(HandshakeStep.Outcome.ESTABLISHED,
                v.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, TestViewer.HOST_FP).outcome());
        v.sendSealed(SessionChannel.CONTROL, new PointerEvent(PointerEvent.DOWN, 0, 1, 1));
        v.sendSealed(SessionChannel.CONTROL, new PointerEvent(PointerEvent.MOVE, 0, 2, 2));
        assertTrue(audit.stream().anyMatch(e -> e.type() == AuditEvent.Type.PERMISSION_DENIED), audit.toString());
        Message told = v.nextSealed(SessionChannel.CONTROL).messages().get(0);
        assertEquals(ErrorCode.PERMISSION_DENIED, ((ErrorMessage) told).code(), "the viewer hears it once");
        assertTrue(v.host.established(), "a denial drops the input, not the session");
        v.host.closed("done");
        assertNull(screen.injected.poll(), "nothing injected");
        assertTrue(screen.injectorMonitors.isEmpty(), "no injector opened for a view-only session");
    }

    @Test
    void wrongPasswordIsRefusedCountedReportedAndThenTheGateSaysTryLater() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer v = viewer("session-cccccccccccc");
        HandshakeStep s = v.handshake("wrong-password", HOST_ID, HOST_KEY, TestViewer.HOST_FP);
        assertEquals(HandshakeStep.Outcome.FAILED, s.outcome());
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, s.error());
        assertTrue(v.closed.isDone());
        assertEquals(List.of("auth session-cccccccccccc false", "bye session-cccccccccccc"), reports);
        assertEquals(1, policy.consecutiveFailures());

        TestViewer w = viewer("session-dddddddddddd");
        w.host.onMessage(SessionChannel.CONTROL, new byte[] {1}); // any hello: the gate answers first
        ErrorMessage e = w.plainError();
        assertEquals(ErrorCode.TRY_LATER, e.code());
        assertTrue(e.detail().matches("wait \\d+ s"), e.detail());
        assertTrue(w.closed.isDone());
    }

    @Test
    void aSwappedFingerprintIsReportedAsInterceptionNotAsAWrongPassword() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer v = viewer("session-eeeeeeeeeeee");
        HandshakeStep s = v.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, "sha-256 " + "EE:".repeat(31) + "EE");
        assertEquals(ErrorCode.POSSIBLE_INTERCEPTION, s.error());
        assertEquals(0, policy.consecutiveFailures(), "not counted as a guess");
        assertTrue(v.closed.isDone());
    }

    @Test
    void aSecondViewerGetsHostBusy() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer first = viewer("session-ffffffffffff");
        assertEquals(HandshakeStep.Outcome.ESTABLISHED,
                first.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, TestViewer.HOST_FP).outcome());
        TestViewer second = viewer("session-gggggggggggg");
        second.host.onMessage(SessionChannel.CONTROL, new byte[] {1});
        assertEquals(ErrorCode.HOST_BUSY, second.plainError().code());
        assertTrue(second.closed.isDone());
        assertTrue(first.host.established(), "the first session is undisturbed");
    }

    @Test
    void thePermanentPasswordWorksBesideTheOneTimeOne() throws Exception {
        StoredVerifier permanent = new SrpVerifiers(new SecureRandom()).create("correct horse battery".toCharArray());
        setUp(Permission.ALL, 1, Optional.of(permanent));
        TestViewer v = viewer("session-hhhhhhhhhhhh");
        assertEquals(HandshakeStep.Outcome.ESTABLISHED,
                v.handshake("correct horse battery", HOST_ID, HOST_KEY, TestViewer.HOST_FP).outcome());
    }

    @Test
    void aTamperedRecordEndsTheSessionWithATypedError() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer v = viewer("session-iiiiiiiiiiii");
        v.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, TestViewer.HOST_FP);
        byte[] r = v.secure.seal(SessionChannel.CONTROL, new PointerEvent(0, 0, 1, 1));
        r[r.length - 1] ^= 1;
        v.host.onMessage(SessionChannel.CONTROL, r);
        assertTrue(v.closed.isDone());
        assertFalse(v.host.established());
        // The error is the last sealed CONTROL record but one (then the orderly CLOSE).
        boolean sawError = false;
        for (TestViewer.Sent s : v.fromHost) {
            if (s.channel() == SessionChannel.CONTROL) {
                SecureSession.Received got = v.secure.open(SessionChannel.CONTROL, s.bytes());
                if (!got.close() && got.messages().get(0) instanceof ErrorMessage e) {
                    assertEquals(ErrorCode.PROTOCOL_VIOLATION, e.code());
                    sawError = true;
                }
            } else {
                v.secure.open(s.channel(), s.bytes());
            }
        }
        assertTrue(sawError);
    }

    @Test
    void aViewerStallingAfterTheChallengeIsCutOffAndDoesNotLockOthersOut() throws Exception {
        setUp(Permission.ALL, 1, Optional.empty());
        TestViewer staller = viewer("session-jjjjjjjjjjjj");
        byte[] transcript = dev.peerdesk.protocol.handshake.ChannelBinding.transcript(
                dev.peerdesk.protocol.message.MessageCodec.VERSION, HOST_ID, HOST_KEY, TestViewer.VIEWER_FP,
                TestViewer.HOST_FP);
        staller.host.onMessage(SessionChannel.CONTROL, new dev.peerdesk.protocol.session.ViewerHandshake(
                SrpVerifiers.PARAMS, "whatever", transcript, new byte[32],
                dev.peerdesk.protocol.crypto.JcaAesGcm.FACTORY).start());
        staller.controlPlain(); // the challenge; then nothing
        staller.host.handshakeDeadline();
        assertEquals(ErrorCode.PROTOCOL_VIOLATION, staller.plainError().code());
        assertTrue(staller.closed.isDone());
        assertEquals(0, policy.consecutiveFailures(), "a stall is not a guess");

        TestViewer next = viewer("session-kkkkkkkkkkkk");
        assertEquals(HandshakeStep.Outcome.ESTABLISHED,
                next.handshake(policy.oneTimePassword(), HOST_ID, HOST_KEY, TestViewer.HOST_FP).outcome());
        next.host.handshakeDeadline();
        assertTrue(next.host.established(), "the deadline leaves an established session alone");
    }
}
