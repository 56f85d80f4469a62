package dev.peerdesk.viewer.app;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.session.SessionChannel;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.viewer.core.FrameBuffer;
import dev.peerdesk.viewer.core.Sdp;
import dev.peerdesk.viewer.core.SessionCore;
import dev.peerdesk.viewer.core.SignalClient;
import dev.peerdesk.viewer.core.Stage;
import dev.peerdesk.viewer.core.Words;
import dev.peerdesk.viewer.crypto.BrowserAead;
import dev.peerdesk.viewer.crypto.BrowserRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * One connection attempt, from "connect" to the end of the session. Every method runs on the
 * event loop's thread; browser callbacks only post. Tells the page about stages and the end
 * through {@link Ui}. When ICE fails or finds no path in time (or {@link TunnelMode#FORCE}), the
 * session runs through the signaling server's HTTPS tunnel instead of data channels: same SRP,
 * same records, the tunnel marker in place of the DTLS fingerprints.
 */
final class Connection {
    interface Ui {
        void stage(Stage stage);

        void failed(String words);

        void notice(String words);

        void clipboard(dev.peerdesk.protocol.message.ClipboardText text);
    }

    private final EventLoop loop;
    private final Ui ui;
    private final SrpParameters params;
    private final String hostId;
    private final String password;
    private final boolean relayOnly;
    private final TunnelMode tunnelMode;
    private final FrameBuffer screen;
    private final SignalClient signal;
    private final Map<SessionChannel, JSObject> channels = new EnumMap<>(SessionChannel.class);
    private final List<SignalClient.Candidate> early = new ArrayList<>();
    private JSObject socket;
    private JSObject pc;
    private String viewerFingerprint;
    private byte[] hostKey;
    private SessionCore core;
    private boolean answered;
    private boolean over;
    private boolean viewOnlyShown;
    /** ICE found a working pair at some point / DTLS completed on it at some point. */
    private boolean iceWasUp;
    private boolean dtlsWasUp;
    private boolean controlOpen;
    private boolean tunnelAsked;
    private TunnelSocket tunnel;

    Connection(EventLoop loop, Ui ui, SrpParameters params, byte[] masterKey, String hostId, String password,
            boolean relayOnly, TunnelMode tunnelMode, FrameBuffer screen) {
        this.loop = loop;
        this.ui = ui;
        this.params = params;
        this.hostId = hostId;
        this.password = password;
        this.relayOnly = relayOnly;
        this.tunnelMode = tunnelMode;
        this.screen = screen;
        EnvelopeVerifier verifier = new EnvelopeVerifier(new Ed25519WebCrypto(), masterKey, 120_000, 60_000, 512);
        this.signal = new SignalClient(verifier, hostId, SignalClient.newSessionId(BrowserRandom.bytes(16)));
    }

    void start() {
        ui.stage(Stage.LOOKING_UP);
        socket = Rtc.socket(Dom.viewerSocketUrl(), t -> loop.post(() -> Rtc.send(socket, signal.connect())),
                text -> loop.post(() -> fromServer(text)), why -> loop.post(() -> socketClosed(why)));
    }

    boolean over() {
        return over;
    }

    private void fromServer(String text) {
        if (over) {
            return;
        }
        SignalClient.Event e;
        try {
            e = signal.receive(text, System.currentTimeMillis());
        } catch (EnvelopeException bad) {
            Dom.log("envelope refused " + bad.getMessage());
            fail(Words.BAD_SERVER_MESSAGE);
            return;
        } catch (Exception bad) {
            Dom.log("server message refused " + bad.getMessage());
            fail("The server sent a message this page does not understand. Reload the page and try again.");
            return;
        }
        if (e instanceof SignalClient.Brokered b) {
            negotiate(b);
        } else if (e instanceof SignalClient.Answer a) {
            answer(a.sdp());
        } else if (e instanceof SignalClient.Candidate c) {
            if (answered) {
                Rtc.addCandidate(pc, c.candidate(), c.sdpMid(), c.mLineIndex());
            } else {
                early.add(c);
            }
        } else if (e instanceof SignalClient.TunnelGranted g) {
            openTunnel(g);
        } else if (e instanceof SignalClient.Refused r) {
            Dom.log("refused " + r.code());
            fail(Words.signaling(r.code(), r.retryAt(), System.currentTimeMillis()));
        } else if (e instanceof SignalClient.Ended end) {
            Dom.log("host " + end.type() + " " + end.reason());
            if (core == null || core.state() != SessionCore.State.ESTABLISHED) {
                fail("The computer declined the connection" + (end.reason() == null ? "." : ": " + end.reason() + "."));
            }
        }
    }

    private void negotiate(SignalClient.Brokered b) {
        ui.stage(Stage.NEGOTIATING);
        hostKey = b.hostKey();
        if (tunnelMode == TunnelMode.FORCE) {
            askForTunnel("forced by ?tunnel=force");
            return;
        }
        if (tunnelMode == TunnelMode.AUTO) {
            Dom.after(TunnelMode.FALLBACK_MILLIS, () -> loop.post(() -> {
                // Only when ICE found no pair: with ICE up, DTLS and SCTP decide (a DTLS failure
                // there means a swapped fingerprint, which must say "intercepted", not fall back).
                if (!controlOpen && pc != null && !Rtc.iceUp(pc)) {
                    askForTunnel("no path within " + TunnelMode.FALLBACK_MILLIS + " ms");
                }
            }));
        }
        pc = Rtc.peer(b.iceServersJson(), relayOnly,
                (cand, mid, index) -> loop.post(() -> Rtc.send(socket, signal.candidate(cand, mid, index))),
                state -> loop.post(() -> peerState(state)));
        for (SessionChannel c : SessionChannel.values()) {
            channels.put(c, Rtc.channel(pc, c.label(), label -> loop.post(() -> opened(c)),
                    bytes -> loop.post(() -> received(c, bytes)), label -> loop.post(() -> channelClosed(c))));
        }
        String sdp = Rtc.offer(pc);
        if (sdp == null) {
            fail("This browser could not start a connection (WebRTC refused to make an offer).");
            return;
        }
        viewerFingerprint = Sdp.fingerprint(sdp);
        Rtc.send(socket, signal.offer(sdp));
    }

    /** No ICE path: drop the PeerConnection and ask the server for the HTTPS tunnel (once). */
    private void askForTunnel(String why) {
        if (over || tunnelAsked || controlOpen) {
            return;
        }
        tunnelAsked = true;
        Dom.log("tunnel requested: " + why);
        core = null; // a handshake bound to DTLS fingerprints that never started; the tunnel makes its own
        if (pc != null) {
            JSObject old = pc;
            pc = null;
            channels.clear();
            Rtc.close(old);
        }
        ui.stage(Stage.NEGOTIATING);
        Rtc.send(socket, signal.tunnel());
    }

    private void openTunnel(SignalClient.TunnelGranted g) {
        if (over || tunnel != null) {
            return;
        }
        tunnel = TunnelSocket.open(g.path(), t -> loop.post(() -> tunnel.sendText(signal.tunnelHello(g.token()))),
                text -> loop.post(() -> tunnelText(text)),
                (channel, message) -> loop.post(() -> tunnelFrame(channel, message)),
                why -> loop.post(() -> tunnelClosed(why)));
    }

    /** One tunnel frame: the channel id byte, then the message the data channel would have carried. */
    private void tunnelFrame(int channel, Int8Array message) {
        if (channel < 0 || channel >= SessionChannel.values().length) {
            fail("The computer sent something this page does not understand.");
            return;
        }
        received(SessionChannel.values()[channel], message);
    }

    /** The server's texts on the tunnel: tunnel-ready starts SRP; anything else ends the attempt. */
    private void tunnelText(String text) {
        if (over) {
            return;
        }
        SignalClient.Event e;
        try {
            e = signal.receive(text, System.currentTimeMillis());
        } catch (Exception bad) {
            Dom.log("tunnel refused " + bad.getMessage());
            fail(Words.NO_PATH);
            return;
        }
        if (e instanceof SignalClient.TunnelReady && core == null) {
            Dom.log("tunnel ready");
            String marker = TunnelSocket.bindingMarker(signal.session());
            byte[] transcript = ChannelBinding.transcript(ProtocolVersion.CURRENT, hostId, hostKey, marker, marker);
            core = new SessionCore(new ViewerHandshake(params, password, transcript, BrowserRandom.bytes(32),
                    BrowserAead.factory()), screen);
            controlOpen = true;
            ui.stage(Stage.AUTHENTICATING);
            transmit(core.start());
        } else if (e instanceof SignalClient.Refused r) {
            Dom.log("tunnel refused " + r.code());
            fail(Words.NO_PATH);
        }
    }

    private void tunnelClosed(String why) {
        Dom.log("tunnel closed " + why);
        if (!over) {
            if (core != null && core.state() == SessionCore.State.ESTABLISHED) {
                finish(Stage.CLOSED, "The computer ended the session.");
            } else {
                fail(Words.NO_PATH);
            }
        }
    }

    private void answer(String sdp) {
        if (answered || pc == null) {
            return;
        }
        String hostFingerprint;
        try {
            hostFingerprint = Sdp.fingerprint(sdp);
        } catch (IllegalArgumentException e) {
            fail("The computer's answer is unusable (" + e.getMessage() + ").");
            return;
        }
        String error = Rtc.answer(pc, sdp);
        if (error != null) {
            fail("The computer's answer is unusable (" + error + ").");
            return;
        }
        answered = true;
        for (SignalClient.Candidate c : early) {
            Rtc.addCandidate(pc, c.candidate(), c.sdpMid(), c.mLineIndex());
        }
        early.clear();
        // Both fingerprints as THIS side saw them: a swapped one makes the SRP proofs fail.
        byte[] transcript = ChannelBinding.transcript(ProtocolVersion.CURRENT, hostId, hostKey, viewerFingerprint,
                hostFingerprint);
        core = new SessionCore(new ViewerHandshake(params, password, transcript, BrowserRandom.bytes(32),
                BrowserAead.factory()), screen);
    }

    private void opened(SessionChannel c) {
        Dom.log("channel open " + c.label());
        if (c == SessionChannel.CONTROL && core != null && !over && tunnel == null) {
            controlOpen = true;
            ui.stage(Stage.AUTHENTICATING);
            transmit(core.start());
        }
    }

    private void received(SessionChannel c, Int8Array bytes) {
        if (over || core == null) {
            return;
        }
        SessionCore.State before = core.state();
        if (before == SessionCore.State.HANDSHAKE) {
            Dom.log("handshake received " + bytes.getLength() + " bytes on " + c.label());
        }
        transmit(core.receive(c, bytes.copyToJavaArray()));
        afterCore(before);
    }

    private void afterCore(SessionCore.State before) {
        if (core.state() == SessionCore.State.ESTABLISHED && before == SessionCore.State.HANDSHAKE) {
            ui.stage(Stage.CONNECTED);
        }
        var clip = core.takeClipboard();
        if (clip != null) {
            ui.clipboard(clip);
        }
        if (core.viewOnly() && !viewOnlyShown) {
            viewOnlyShown = true;
            ui.notice(Words.VIEW_ONLY);
        }
        if (core.state() == SessionCore.State.ENDED) {
            SessionCore.End end = core.end();
            Dom.log("session end " + end.error() + " " + end.detail());
            if (end.error() == null) {
                finish(Stage.CLOSED, null);
            } else {
                fail(Words.handshake(end.error(), 0, System.currentTimeMillis()));
            }
        }
    }

    /** A frame is on the canvas: acknowledge it so the host sends the next. */
    void frameShown(long frameId) {
        if (core != null && !over) {
            transmit(core.frameShown(frameId));
        }
    }

    void input(Message... messages) {
        if (core != null && !over) {
            SessionCore.State before = core.state();
            transmit(core.send(messages));
            afterCore(before);
        }
    }

    String pathStats() {
        if (tunnel != null && !over) {
            return controlOpen ? "tunnelled -1 " + (long) tunnel.bytesReceived() : "none";
        }
        return pc == null || over ? "none" : Rtc.pathStats(pc);
    }

    void disconnect() {
        if (!over && core != null) {
            transmit(core.close());
        }
        finish(Stage.CLOSED, null);
    }

    private void transmit(List<SessionCore.Send> sends) {
        for (SessionCore.Send s : sends) {
            if (core.state() == SessionCore.State.HANDSHAKE) {
                Dom.log("handshake sent " + s.bytes().length + " bytes on " + s.channel().label());
            }
            if (tunnel != null) {
                tunnel.send(s.channel().id(), Int8Array.copyFromJavaArray(s.bytes()));
            } else {
                Rtc.send(channels.get(s.channel()), Int8Array.copyFromJavaArray(s.bytes()));
            }
        }
    }

    private void peerState(String state) {
        Dom.log("peer " + state);
        if (over || tunnelAsked) {
            return;
        }
        // "connection ice dtls": a path was found (ICE up) but DTLS failed = the certificate did
        // not match the fingerprint the signaling server relayed: someone may sit in between.
        String[] f = state.split(" ");
        // Sticky: by the time the connection reports "failed" the host may have given up on the
        // path too, so ICE may already read "disconnected"; what counts is that it was up once
        // and DTLS never completed on it.
        iceWasUp |= f.length > 1 && ("connected".equals(f[1]) || "completed".equals(f[1]));
        dtlsWasUp |= f.length > 2 && "connected".equals(f[2]);
        if ("failed".equals(f[0])) {
            if (iceWasUp && !dtlsWasUp && (core == null || core.state() == SessionCore.State.HANDSHAKE)) {
                fail(Words.INTERCEPTED);
            } else if (!controlOpen && tunnelMode == TunnelMode.AUTO) {
                askForTunnel("ICE failed");
            } else {
                fail(core != null && core.state() == SessionCore.State.ESTABLISHED
                        ? "The connection to the computer was lost." : Words.NO_PATH);
            }
        }
    }

    private void channelClosed(SessionChannel c) {
        if (!over && tunnel == null && core != null && core.state() == SessionCore.State.ESTABLISHED) {
            finish(Stage.CLOSED, "The computer ended the session.");
        }
    }

    private void socketClosed(String why) {
        Dom.log("signaling closed " + why);
        if (!over && (core == null || core.state() == SessionCore.State.HANDSHAKE)) {
            fail(Words.SERVER_UNREACHABLE);
        }
    }

    private void fail(String words) {
        if (!over) {
            finish(Stage.FAILED, words);
        }
    }

    private void finish(Stage stage, String words) {
        if (over) {
            return;
        }
        over = true;
        if (socket != null) {
            Rtc.send(socket, signal.bye(stage == Stage.FAILED ? "failed" : "closed"));
            Rtc.closeSocket(socket);
        }
        if (pc != null) {
            Rtc.close(pc);
        }
        if (tunnel != null) {
            tunnel.close();
        }
        if (stage == Stage.FAILED) {
            ui.failed(words);
        } else {
            ui.stage(stage);
            if (words != null) {
                ui.notice(words);
            }
        }
    }
}
