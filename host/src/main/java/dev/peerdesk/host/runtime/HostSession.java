package dev.peerdesk.host.runtime;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.auth.Admission;
import dev.peerdesk.host.auth.PasswordKind;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.session.SessionGuard;
import dev.peerdesk.host.session.SessionRegistry;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.FrameAck;
import dev.peerdesk.protocol.message.KeyframeRequest;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.MonitorChoice;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.session.Frames;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.HostHandshake;
import dev.peerdesk.protocol.session.SecureSession;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One viewer's session above the transport. The first control message is the viewer's hello: the
 * session limit and the brute-force gate are checked first (HOST_BUSY / TRY_LATER), then SRP runs
 * against the one-time and, if set, the permanent password, bound to this connection's DTLS
 * fingerprints (or the tunnel marker, see {@link TunnelBinding}) and the host key. Once established every message is a SecureSession record:
 * input goes through the session's guard (control permission), acks and keyframe requests to the
 * screen task. Any failure sends the viewer a typed ErrorMessage, then closes.
 * Calls come from the transport's single thread; the screen task seals video under this object.
 */
final class HostSession {
    private enum State { AWAIT_HELLO, AWAIT_PROOFS, ESTABLISHED, ENDED }

    private final String id;
    private final String peer;
    private final SessionContext ctx;
    private final SessionLink link;
    private State state = State.AWAIT_HELLO;
    private AuditEvent.Transport transport = AuditEvent.Transport.UNKNOWN;
    private String viewerFingerprint;
    private String hostFingerprint;
    private HostHandshake handshake;
    private SecureSession secure;
    private SessionGuard guard;
    /** Replaced by a real one for the captured monitor once the screen task opened it (control only). */
    private final SwitchableInjector injector = new SwitchableInjector();
    private ScreenTask screen;
    private ClipboardSync clipboard;
    private boolean toldViewOnly;

    HostSession(String id, String peer, SessionContext ctx, SessionLink link) {
        this.id = id;
        this.peer = peer;
        this.ctx = ctx;
        this.link = link;
    }

    /** The DTLS fingerprints as the SDP carried them: the viewer's from its offer, ours from our answer. */
    synchronized void fingerprints(String viewer, String host) {
        this.viewerFingerprint = viewer;
        this.hostFingerprint = host;
    }

    /**
     * The session moves to the HTTPS tunnel: {@code marker} ({@link TunnelBinding}) stands in for
     * both fingerprints. False once the handshake began on another path (it stays there).
     */
    synchronized boolean tunnelled(String marker) {
        if (state != State.AWAIT_HELLO) {
            return false;
        }
        viewerFingerprint = marker;
        hostFingerprint = marker;
        transport = AuditEvent.Transport.TUNNEL;
        return true;
    }

    synchronized void iceConnected(String selectedPair) {
        this.transport = SessionContext.transportOf(selectedPair);
    }

    synchronized boolean established() {
        return state == State.ESTABLISHED;
    }

    synchronized void onMessage(SessionChannel channel, byte[] data) {
        try {
            switch (state) {
                case AWAIT_HELLO -> hello(channel, data);
                case AWAIT_PROOFS -> proofs(channel, data);
                case ESTABLISHED -> record(channel, data);
                default -> { }
            }
        } catch (RecordException | ProtocolException e) {
            fail(ErrorCode.PROTOCOL_VIOLATION, e.getMessage());
        } catch (RuntimeException e) {
            fail(ErrorCode.INTERNAL, "host error: " + e.getMessage());
            ctx.out().println("session " + id + ": " + e);
        }
    }

    private void hello(SessionChannel channel, byte[] data) {
        if (channel != SessionChannel.CONTROL || viewerFingerprint == null) {
            fail(ErrorCode.PROTOCOL_VIOLATION, "the handshake runs on the control channel first");
            return;
        }
        long now = ctx.clock().getAsLong();
        Admission a;
        synchronized (ctx.lock()) {
            if (ctx.registry().connect(id, peer, transport, now) == SessionRegistry.Connect.REFUSED_SESSION_LIMIT) {
                end(ErrorCode.HOST_BUSY, "this computer already has the maximum number of sessions");
                return;
            }
            a = ctx.registry().beginAuth(id, PasswordKind.ONE_TIME, now);
        }
        if (a instanceof Admission.Refused r) {
            String detail = r.retryAt() == Long.MIN_VALUE ? "another viewer is signing in; wait 1 s"
                    : "wait " + Math.max(1, (r.retryAt() - now + 999) / 1000) + " s";
            end(ErrorCode.TRY_LATER, detail);
            return;
        }
        List<SrpVerifier> verifiers = new ArrayList<>();
        verifiers.add(SrpVerifiers.toProtocol(((Admission.Admitted) a).verifier()));
        Optional<StoredVerifier> permanent = ctx.permanent().get();
        permanent.ifPresent(v -> verifiers.add(SrpVerifiers.toProtocol(v)));
        List<byte[]> secrets = new ArrayList<>();
        for (int i = 0; i < verifiers.size(); i++) {
            byte[] s = new byte[32];
            ctx.random().nextBytes(s);
            secrets.add(s);
        }
        byte[] transcript = ChannelBinding.transcript(MessageCodec.VERSION, ctx.hostId(), ctx.hostKey(),
                viewerFingerprint, hostFingerprint);
        handshake = new HostHandshake(SrpVerifiers.PARAMS, verifiers, transcript, secrets, JcaAesGcm.FACTORY);
        HandshakeStep step = handshake.receive(data);
        if (step.outcome() == HandshakeStep.Outcome.CONTINUE) {
            state = State.AWAIT_PROOFS;
            sendPlain(step.reply());
        } else {
            handshakeFailed(step);
        }
    }

    private void proofs(SessionChannel channel, byte[] data) {
        if (channel != SessionChannel.CONTROL) {
            fail(ErrorCode.PROTOCOL_VIOLATION, "the handshake runs on the control channel");
            return;
        }
        HandshakeStep step = handshake.receive(data);
        handshake = null;
        if (step.outcome() != HandshakeStep.Outcome.ESTABLISHED) {
            handshakeFailed(step);
            return;
        }
        long now = ctx.clock().getAsLong();
        synchronized (ctx.lock()) {
            guard = ctx.registry().authOk(id, injector, now);
        }
        ctx.reporter().authResult(id, true);
        secure = step.session();
        state = State.ESTABLISHED;
        sendPlain(step.reply());
        screen = new ScreenTask(id, ctx.screen(), this::sendVideo, this::screenFailed, this::monitorSelected, ctx.out());
        screen.start();
        if (ctx.permissions().contains(Permission.CLIPBOARD)) {
            clipboard = new ClipboardSync(id, ctx.screen()::clipboard, this::sendControl, ctx.out());
            clipboard.start();
        }
    }

    private void handshakeFailed(HandshakeStep step) {
        long now = ctx.clock().getAsLong();
        synchronized (ctx.lock()) {
            if (step.passwordRejected()) {
                var o = ctx.registry().authFailed(id, now);
                if (o.rotated()) {
                    ctx.out().println("One-time password: " + ctx.oneTimePassword().get());
                }
            }
            ctx.registry().ended(id, now, "handshake failed: " + step.error());
        }
        if (step.passwordRejected()) {
            ctx.reporter().authResult(id, false);
        }
        state = State.ENDED;
        sendPlain(step.reply());
        finish("handshake failed: " + step.error());
    }

    private void record(SessionChannel channel, byte[] data) throws RecordException, ProtocolException {
        SecureSession.Received r = secure.open(channel, data);
        if (r.close()) {
            end(null, "viewer closed the session");
            return;
        }
        for (Message m : r.messages()) {
            if (state != State.ESTABLISHED) {
                return;
            }
            if (WireInput.isInput(m)) {
                for (InputEvent e : WireInput.toEvents(m)) {
                    if (!guard.input(e)) {
                        inputDenied(); // dropped; the guard audits
                        break;
                    }
                }
            } else if (m instanceof FrameAck ack) {
                screen.ack(ack.frameId());
            } else if (m instanceof KeyframeRequest) {
                screen.refresh();
            } else if (m instanceof MonitorChoice c) {
                screen.chooseMonitor(c.monitor());
            } else if (m instanceof ErrorMessage e) {
                end(null, "viewer error: " + e.code() + " " + e.detail());
            } else if (m instanceof dev.peerdesk.protocol.message.ClipboardText c) {
                if (guard.allow(Permission.CLIPBOARD, "clipboard") && clipboard != null) {
                    clipboard.fromViewer(c); // denied ones are dropped; the guard audits
                }
            } else if (m instanceof dev.peerdesk.protocol.message.FileOffer
                    || m instanceof dev.peerdesk.protocol.message.FileChunk) {
                // Likewise for file transfer: the permission is enforced, the transfer is not built yet.
                guard.allow(Permission.FILES, "file transfer");
            }
            // Anything else a viewer may send (cursor, screen updates) means nothing to the host.
        }
    }

    /** Tells the viewer once that its input is dropped (it shows "view only"; the session goes on). */
    private void inputDenied() {
        if (!toldViewOnly) {
            toldViewOnly = true;
            trySend(SessionChannel.CONTROL, secure.seal(SessionChannel.CONTROL,
                    new ErrorMessage(ErrorCode.PERMISSION_DENIED, "view only: this computer does not accept input")));
        }
    }

    /** Video from the screen task: one sealed record per message. */
    private synchronized void sendVideo(Message m) throws IOException {
        if (state != State.ESTABLISHED) {
            throw new IOException("session over");
        }
        link.send(SessionChannel.VIDEO, secure.seal(SessionChannel.VIDEO, m));
    }

    /** The clipboard thread's text for the viewer, sealed on control. */
    private synchronized void sendControl(Message m) throws IOException {
        if (state != State.ESTABLISHED) {
            throw new IOException("session over");
        }
        link.send(SessionChannel.CONTROL, secure.seal(SessionChannel.CONTROL, m));
    }

    /** On the screen thread: input coordinates follow the captured monitor. */
    private void monitorSelected(dev.peerdesk.host.capture.Monitor m) {
        if (!ctx.permissions().contains(Permission.CONTROL)) {
            return;
        }
        try {
            injector.switchTo(ctx.screen().input(m, ctx.out()));
        } catch (Exception e) {
            screenFailed("the host cannot inject input: " + e.getMessage());
        }
    }

    private synchronized void screenFailed(String why) {
        fail(ErrorCode.INTERNAL, why);
    }

    /**
     * The handshake deadline passed. A viewer that stalls after its hello would otherwise hold the
     * password policy's single attempt slot and lock every other viewer out.
     */
    synchronized void handshakeDeadline() {
        if (state == State.AWAIT_HELLO || state == State.AWAIT_PROOFS) {
            end(ErrorCode.PROTOCOL_VIOLATION, "no complete handshake in time");
        }
    }

    /** A protocol or host failure: typed error to the viewer, then the close. */
    synchronized void fail(ErrorCode code, String detail) {
        end(code, detail);
    }

    /** The transport went away, the viewer said bye, or the host stops. */
    synchronized void closed(String reason) {
        end(null, reason);
    }

    private void end(ErrorCode code, String detail) {
        if (state == State.ENDED) {
            return;
        }
        boolean wasEstablished = state == State.ESTABLISHED;
        state = State.ENDED;
        if (screen != null) {
            screen.stop();
        }
        if (clipboard != null) {
            clipboard.stop();
        }
        long now = ctx.clock().getAsLong();
        synchronized (ctx.lock()) {
            boolean rotates = wasEstablished;
            ctx.registry().ended(id, now, code == null ? detail : code + ": " + detail);
            if (rotates) {
                ctx.out().println("One-time password: " + ctx.oneTimePassword().get());
            }
        }
        if (code != null) {
            ErrorMessage e = new ErrorMessage(code, detail);
            if (wasEstablished) {
                trySend(SessionChannel.CONTROL, secure.seal(SessionChannel.CONTROL, e));
                trySend(SessionChannel.CONTROL, secure.sealClose(SessionChannel.CONTROL));
            } else {
                sendPlain(Frames.encode(e));
            }
        } else if (wasEstablished) {
            trySend(SessionChannel.CONTROL, secure.sealClose(SessionChannel.CONTROL));
        }
        finish(detail);
    }

    private void finish(String reason) {
        injector.close();
        // The signaling bye goes last: the viewer should read the data-channel error first.
        link.close(() -> ctx.reporter().bye(id, reason == null ? "ended" : reason));
    }

    private void sendPlain(byte[] bytes) {
        trySend(SessionChannel.CONTROL, bytes);
    }

    private void trySend(SessionChannel ch, byte[] bytes) {
        try {
            link.send(ch, bytes);
        } catch (IOException | RuntimeException e) {
            // The viewer is gone already; the close that follows is all that is left to do.
            ctx.out().println("session " + id + ": could not send on " + ch.label() + ": " + e.getMessage());
        }
    }

    /**
     * Waits up to {@code millis} each for the screen and clipboard threads of an ended session to
     * close their X connections; a test stops its X server only then (Xlib ends the process when the
     * server goes away under an open connection).
     */
    void awaitStopped(long millis) throws InterruptedException {
        ScreenTask s;
        ClipboardSync c;
        synchronized (this) {
            s = screen;
            c = clipboard;
        }
        if (s != null) {
            s.awaitStopped(millis);
        }
        if (c != null) {
            c.awaitStopped(millis);
        }
    }

    AuditEvent.Transport transport() {
        return transport;
    }
}
