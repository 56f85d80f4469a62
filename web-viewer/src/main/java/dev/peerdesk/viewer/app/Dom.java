package dev.peerdesk.viewer.app;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The few DOM operations the viewer needs, as plain JavaScript. */
final class Dom {
    private Dom() {}

    @JSFunctor
    interface Action extends JSObject {
        void run();
    }

    @JSFunctor
    interface TextHandler extends JSObject {
        void handle(String text);
    }

    @JSBody(params = "line", script = "console.log('peerdesk ' + line);")
    static native void log(String line);

    @JSBody(params = {"id", "text"}, script = "document.getElementById(id).textContent = text;")
    static native void text(String id, String text);

    @JSBody(params = {"id", "hidden"}, script = "document.getElementById(id).hidden = hidden;")
    static native void hidden(String id, boolean hidden);

    @JSBody(params = {"name", "value"}, script = "document.body.setAttribute(name, value);")
    static native void bodyAttr(String name, String value);

    @JSBody(params = "id", script = "return document.getElementById(id).value;")
    static native String value(String id);

    @JSBody(params = {"id", "value"}, script = "document.getElementById(id).value = value;")
    static native void setValue(String id, String value);

    @JSBody(params = {"id", "disabled"}, script = "document.getElementById(id).disabled = disabled;")
    static native void disabled(String id, boolean disabled);

    @JSBody(params = {"id", "event", "handler"}, script = "document.getElementById(id).addEventListener(event,"
            + " function(_e) { _e.preventDefault(); handler(); });")
    static native void on(String id, String event, Action handler);

    @JSBody(params = {"id", "handler"}, script = "document.getElementById(id).addEventListener('change',"
            + " function(_e) { handler(_e.target.value); });")
    static native void onChange(String id, TextHandler handler);

    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    static native String param(String name);

    @JSBody(script = "var _m = document.querySelector('meta[name=\"peerdesk-server-key\"]');"
            + " return _m ? _m.getAttribute('content') : '';")
    static native String serverKey();

    @JSBody(script = "return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/viewer';")
    static native String viewerSocketUrl();

    @JSBody(params = "id", script = "document.getElementById(id).focus();")
    static native void focus(String id);

    @JSBody(params = {"ms", "action"}, script = "return setInterval(action, ms);")
    static native int every(int ms, Action action);

    @JSBody(params = {"ms", "action"}, script = "setTimeout(action, ms);")
    static native void after(int ms, Action action);

    @JSBody(params = "handle", script = "clearInterval(handle);")
    static native void cancel(int handle);

    @JSBody(params = "action", script = "addEventListener('pagehide', function() { action(); });")
    static native void onLeave(Action action);

    @JSBody(script = "return performance.now();")
    static native double now();
}
