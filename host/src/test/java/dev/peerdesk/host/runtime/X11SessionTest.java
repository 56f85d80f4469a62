package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.OneTimePasswords;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.session.SessionRegistry;
import dev.peerdesk.host.x11.XPaint;
import dev.peerdesk.host.x11.XvfbServer;
import dev.peerdesk.protocol.backoff.BruteForceGate;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.tiles.PixelBufferSink;
import dev.peerdesk.protocol.tiles.TileDecoder;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A whole session on a real X server below the transport: the JVM viewer authenticates with the
 * real handshake, sees what another X client painted, and its pointer input moves the X pointer,
 * which comes back as the cursor position the host reports.
 */
class X11SessionTest {
    static final int W = 160;
    static final int H = 120;

    @Test
    void paintedPixelsReachTheViewerAndItsPointerMovesTheXPointer() throws Exception {
        try (XvfbServer x = XvfbServer.start(W, H)) {
            XPaint.fill(x.display, 0x336699, 0, 0, W, H);
            PrintStream out = System.out; // the host's notices, for the test report
            PasswordPolicy policy = new PasswordPolicy(new OneTimePasswords(new SplittableRandom(3)),
                    new SrpVerifiers(new SecureRandom()), Optional.empty(), new BruteForceGate());
            AuditLog audit = new AuditLog(java.time.InstantSource.system(), List.of(), out);
            SessionContext ctx = new SessionContext(new Object(),
                    new SessionRegistry(1, Permission.ALL, policy, audit, p -> { }), policy::oneTimePassword,
                    Optional::empty, "123456789", new byte[32], Permission.ALL, ScreenSource.forDisplay(x.display),
                    new SessionContext.Reporter() {
                        @Override
                        public void authResult(String session, boolean ok) {}

                        @Override
                        public void bye(String session, String reason) {}
                    }, System::currentTimeMillis, new SecureRandom(), out);
            TestViewer v = new TestViewer();
            v.host = new HostSession("session-xxxxxxxxxxxx", "127.0.0.1", ctx, v);
            v.host.fingerprints(TestViewer.VIEWER_FP, TestViewer.HOST_FP);
            try {
                assertEquals(HandshakeStep.Outcome.ESTABLISHED,
                        v.handshake(policy.oneTimePassword(), "123456789", new byte[32], TestViewer.HOST_FP).outcome());
                PixelBufferSink screen = new PixelBufferSink();
                TileDecoder decoder = new TileDecoder(screen);
                pumpUntil(v, decoder, screen, () -> screen.width() == W && screen.pixels()[(H / 2) * W + W / 2] == 0x336699);

                XPaint.fill(x.display, 0xffffff, 100, 80, 20, 10);
                pumpUntil(v, decoder, screen, () -> screen.pixels()[85 * W + 110] == 0xffffff);

                v.sendSealed(SessionChannel.CONTROL, new PointerEvent(PointerEvent.MOVE, 0, 50, 60));
                pumpUntil(v, decoder, screen, () -> screen.cursorX() == 50 && screen.cursorY() == 60);
            } finally {
                v.host.closed("test over");
                v.host.awaitStopped(10_000);
            }
            assertTrue(v.closed.isDone());
        }
    }

    /** Reads video (acking each finished frame) until {@code done}; bounded by the viewer's wait. */
    private static void pumpUntil(TestViewer v, TileDecoder decoder, PixelBufferSink screen, BooleanSupplier done)
            throws Exception {
        long acked = screen.lastCompletedFrame(); // acked by the previous call: acking twice is a protocol error
        while (!done.getAsBoolean()) {
            for (Message m : v.nextSealed(SessionChannel.VIDEO).messages()) {
                decoder.decode(((ScreenUpdate) m).payload());
            }
            if (screen.lastCompletedFrame() > acked) {
                acked = screen.lastCompletedFrame();
                v.sendSealed(SessionChannel.VIDEO, new FrameAck(acked));
            }
        }
    }
}
