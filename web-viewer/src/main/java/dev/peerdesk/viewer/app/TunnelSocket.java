package dev.peerdesk.viewer.app;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The viewer's end of the HTTPS tunnel through the signaling server ({@code /ws/tunnel},
 * docs/signaling.md): a WebSocket whose binary frames are one channel byte and one message exactly
 * as the data channel would have carried it. The server forwards them unread: the records are
 * sealed end to end.
 */
final class TunnelSocket {
    /** One received frame: its channel id (-1 when the frame is too short) and its message. */
    @JSFunctor
    interface Frame extends JSObject {
        void accept(int channel, Int8Array message);
    }

    private final JSObject ws;
    private double bytesReceived;

    private TunnelSocket(JSObject ws) {
        this.ws = ws;
    }

    /** Where received frames go: a plain Java interface (Java must never call a JSFunctor itself). */
    interface Frames {
        void frame(int channel, Int8Array message);
    }

    /** Opens {@code path} on the page's server; {@code onOpen} should send the hello. */
    static TunnelSocket open(String path, Rtc.Text onOpen, Rtc.Text onText, Frames frames, Rtc.Text onClose) {
        TunnelSocket[] self = new TunnelSocket[1];
        Frame counting = (channel, message) -> {
            self[0].bytesReceived += message.getLength() + 1;
            frames.frame(channel, message);
        };
        self[0] = new TunnelSocket(openJs(url(path), onOpen, onText, counting, onClose));
        return self[0];
    }

    /**
     * What stands in for both DTLS fingerprints in the SRP transcript over the tunnel: the same
     * string the host computes (host runtime {@code TunnelBinding}, where the class comment says
     * why the server still cannot impersonate either end): the marker and the session id in hex.
     */
    static String bindingMarker(String session) {
        StringBuilder sb = new StringBuilder("peerdesk-tunnel ");
        String hex = "0123456789ABCDEF";
        byte[] utf8 = session.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : utf8) {
            sb.append(hex.charAt((b >> 4) & 0xf)).append(hex.charAt(b & 0xf));
        }
        return sb.toString();
    }

    void sendText(String text) {
        Rtc.send(ws, text);
    }

    /** One message on {@code channel}: the channel id byte, then the message. */
    void send(int channel, Int8Array message) {
        sendJs(ws, channel, message);
    }

    /** Bytes received so far (the quality overlay's rate). */
    double bytesReceived() {
        return bytesReceived;
    }

    void close() {
        Rtc.closeSocket(ws);
    }

    @JSBody(script = "return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host;")
    private static native String origin();

    private static String url(String path) {
        // Only a plain path from the server's grant; anything else is the documented default.
        String p = path != null && path.matches("/[A-Za-z0-9/_-]{1,63}") ? path : "/ws/tunnel";
        return origin() + p;
    }

    @JSBody(params = {"url", "onOpen", "onText", "onFrame", "onClose"}, script = ""
            + "var ws = new WebSocket(url); ws.binaryType = 'arraybuffer';"
            + "ws.onopen = function() { onOpen(''); };"
            + "ws.onmessage = function(_e) { try { if (typeof _e.data === 'string') { onText(_e.data); }"
            + "  else { var _a = new Int8Array(_e.data);"
            + "    if (_a.length < 2) { onFrame(-1, _a); } else { onFrame(_a[0] & 0xff, _a.subarray(1)); } }"
            + " } catch (_err) { console.log('peerdesk tunnel frame dropped: ' + _err); } };"
            + "ws.onclose = function(_e) { onClose(_e.code + ' ' + _e.reason); };"
            + "return ws;")
    private static native JSObject openJs(String url, Rtc.Text onOpen, Rtc.Text onText, Frame onFrame,
            Rtc.Text onClose);

    @JSBody(params = {"ws", "channel", "message"}, script = ""
            + "if (ws.readyState !== 1) { return; }"
            + "var _f = new Uint8Array(message.length + 1); _f[0] = channel;"
            + "_f.set(new Uint8Array(message.buffer, message.byteOffset, message.length), 1); ws.send(_f);")
    private static native void sendJs(JSObject ws, int channel, Int8Array message);
}
