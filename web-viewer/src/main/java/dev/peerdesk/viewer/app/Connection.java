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
 * through {@link Ui}.
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

    Connection(EventLoop loop, Ui ui, SrpParameters params, byte[] masterKey, String hostId, String password,
            boolean relayOnly, FrameBuffer screen) {
        this.loop = loop;
        this.ui = ui;
        this.params = params;
        this.hostId = hostId;
        this.password = password;
        this.relayOnly = relayOnly;
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
        if (c == SessionChannel.CONTROL && core != null && !over) {
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
            Rtc.send(channels.get(s.channel()), Int8Array.copyFromJavaArray(s.bytes()));
        }
    }

    private void peerState(String state) {
        Dom.log("peer " + state);
        if (over) {
            return;
        }
        // "connection ice dtls": a path was found (ICE up) but DTLS failed = the certificate did
        // not match the fingerprint the signaling server relayed: someone may sit in between.
        String[] f = state.split(" ");
        if ("failed".equals(f[0])) {
            boolean iceUp = f.length > 2 && ("connected".equals(f[1]) || "completed".equals(f[1]));
            if (iceUp && "failed".equals(f[2]) && (core == null || core.state() == SessionCore.State.HANDSHAKE)) {
                fail(Words.INTERCEPTED);
            } else {
                fail(core != null && core.state() == SessionCore.State.ESTABLISHED
                        ? "The connection to the computer was lost." : Words.NO_PATH);
            }
        }
    }

    private void channelClosed(SessionChannel c) {
        if (!over && core != null && core.state() == SessionCore.State.ESTABLISHED) {
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
