package dev.peerdesk.viewer.app;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * RTCPeerConnection, its data channels and the signaling WebSocket, as plain JavaScript behind
 * Java signatures. Promise-returning calls are {@link Async}: the event loop's thread waits for
 * them, so the connect sequence reads top to bottom. A rejected promise answers null.
 */
final class Rtc {
    private Rtc() {}

    @JSFunctor
    interface Text extends JSObject {
        void accept(String text);
    }

    @JSFunctor
    interface Candidate extends JSObject {
        void accept(String candidate, String sdpMid, int mLineIndex);
    }

    @JSFunctor
    interface Bytes extends JSObject {
        void accept(Int8Array bytes);
    }

    @JSBody(params = {"url", "onOpen", "onMessage", "onClose"}, script = ""
            + "var ws = new WebSocket(url);"
            + "ws.onopen = function() { onOpen(''); };"
            + "ws.onmessage = function(_e) { if (typeof _e.data === 'string') { onMessage(_e.data); } };"
            + "ws.onclose = function(_e) { onClose(_e.code + ' ' + _e.reason); };"
            + "return ws;")
    static native JSObject socket(String url, Text onOpen, Text onMessage, Text onClose);

    @JSBody(params = {"ws", "text"}, script = "if (ws.readyState === 1) { ws.send(text); }")
    static native void send(JSObject ws, String text);

    @JSBody(params = "ws", script = "ws.onclose = null; ws.close(1000);")
    static native void closeSocket(JSObject ws);

    @JSBody(params = {"iceServers", "relayOnly", "onCandidate", "onState"}, script = ""
            + "var pc = new RTCPeerConnection({iceServers: JSON.parse(iceServers),"
            + " iceTransportPolicy: relayOnly ? 'relay' : 'all'});"
            + "pc.onicecandidate = function(_e) { if (_e.candidate && _e.candidate.candidate) {"
            + "  onCandidate(_e.candidate.candidate, _e.candidate.sdpMid,"
            + "   _e.candidate.sdpMLineIndex === null ? -1 : _e.candidate.sdpMLineIndex); } };"
            + "pc.onconnectionstatechange = function() { var _d = pc.sctp && pc.sctp.transport;"
            + "  onState(pc.connectionState + ' ' + pc.iceConnectionState + ' ' + (_d ? _d.state : 'none')); };"
            + "return pc;")
    static native JSObject peer(String iceServers, boolean relayOnly, Candidate onCandidate, Text onState);

    /** Opens a reliable, ordered channel; messages arrive as bytes, the open and close as texts. */
    @JSBody(params = {"pc", "label", "onOpen", "onMessage", "onClose"}, script = ""
            + "var dc = pc.createDataChannel(label, {ordered: true});"
            + "dc.binaryType = 'arraybuffer';"
            + "dc.onopen = function() { onOpen(label); };"
            + "dc.onmessage = function(_e) { if (typeof _e.data !== 'string') { onMessage(new Int8Array(_e.data)); } };"
            + "dc.onclose = function() { onClose(label); };"
            + "return dc;")
    static native JSObject channel(JSObject pc, String label, Text onOpen, Bytes onMessage, Text onClose);

    @JSBody(params = {"dc", "bytes"}, script = "if (dc.readyState === 'open') { dc.send(bytes); }")
    static native void send(JSObject dc, Int8Array bytes);

    /** Whether ICE has a working pair now (connected or completed). */
    @JSBody(params = "pc", script = "var _st = pc.iceConnectionState; return _st === 'connected' || _st === 'completed';")
    static native boolean iceUp(JSObject pc);

    @JSBody(params = "pc", script = "try { pc.close(); } catch (_e) {}")
    static native void close(JSObject pc);

    @JSBody(params = {"pc", "candidate", "sdpMid", "index"}, script = ""
            + "var _c = {candidate: candidate}; if (sdpMid !== null) { _c.sdpMid = sdpMid; }"
            + "if (index >= 0) { _c.sdpMLineIndex = index; }"
            + "if (_c.sdpMid === undefined && _c.sdpMLineIndex === undefined) { _c.sdpMLineIndex = 0; }"
            + "pc.addIceCandidate(_c).catch(function(_e) { console.log('peerdesk candidate refused ' + _e); });")
    static native void addCandidate(JSObject pc, String candidate, String sdpMid, int index);

    /** createOffer + setLocalDescription; the local SDP (our fingerprint), or null. */
    @Async
    static native String offer(JSObject pc);

    private static void offer(JSObject pc, AsyncCallback<String> cb) {
        offerJs(pc, cb::complete);
    }

    @JSBody(params = {"pc", "cb"}, script = ""
            + "pc.createOffer().then(function(_o) { return pc.setLocalDescription(_o); })"
            + ".then(function() { cb(pc.localDescription.sdp); }, function(_e) { console.log('peerdesk offer ' + _e); cb(null); });")
    private static native void offerJs(JSObject pc, Text cb);

    /** setRemoteDescription(answer); null when it worked, else the browser's reason. */
    @Async
    static native String answer(JSObject pc, String sdp);

    private static void answer(JSObject pc, String sdp, AsyncCallback<String> cb) {
        answerJs(pc, sdp, cb::complete);
    }

    @JSBody(params = {"pc", "sdp", "cb"}, script = ""
            + "pc.setRemoteDescription({type: 'answer', sdp: sdp})"
            + ".then(function() { cb(null); }, function(_e) { cb(String(_e)); });")
    private static native void answerJs(JSObject pc, String sdp, Text cb);

    /**
     * The selected candidate pair: "path rttMs bytesReceived" where path is direct, relay (TURN
     * over UDP) or relay-tcp (TURN reached over TCP/TLS); "none" before a pair is selected.
     * ("tunnelled" means the HTTPS tunnel through the signaling server only: see Connection.)
     */
    @Async
    static native String pathStats(JSObject pc);

    private static void pathStats(JSObject pc, AsyncCallback<String> cb) {
        pathStatsJs(pc, cb::complete);
    }

    @JSBody(params = {"pc", "cb"}, script = ""
            + "pc.getStats().then(function(_r) {"
            + " var pair = null, _t = null;"
            + " _r.forEach(function(_s) { if (_s.type === 'transport' && _s.selectedCandidatePairId) { _t = _s; } });"
            + " if (_t) { pair = _r.get(_t.selectedCandidatePairId); }"
            + " if (!pair) { _r.forEach(function(_s) { if (_s.type === 'candidate-pair' && _s.nominated"
            + "   && _s.state === 'succeeded') { pair = _s; } }); }"
            + " if (!pair) { cb('none'); return; }"
            + " var local = _r.get(pair.localCandidateId), remote = _r.get(pair.remoteCandidateId);"
            + " var path = 'direct';"
            + " if ((local && local.candidateType === 'relay') || (remote && remote.candidateType === 'relay')) {"
            + "   path = local && local.candidateType === 'relay' && local.relayProtocol"
            + "     && local.relayProtocol !== 'udp' ? 'relay-tcp' : 'relay'; }"
            + " var rtt = pair.currentRoundTripTime !== undefined ? Math.round(pair.currentRoundTripTime * 1000) : -1;"
            + " cb(path + ' ' + rtt + ' ' + (_t && _t.bytesReceived !== undefined ? _t.bytesReceived : pair.bytesReceived || 0));"
            + "}, function(_e) { cb('none'); });")
    private static native void pathStatsJs(JSObject pc, Text cb);
}
