package dev.peerdesk.viewer.check;

import org.teavm.jso.JSBody;

/** The check page's only contact with the browser: synchronous XHR, a clock, and result attributes. */
final class Page {
    private Page() {}

    /** Synchronous XHR (text only: sync requests cannot use binary response types). */
    @JSBody(params = {"method", "url", "body"}, script = ""
            + "var _x = new XMLHttpRequest(); _x.open(method, url, false); _x.send(body);"
            + "if (_x.status !== 200) { throw new Error(method + ' ' + url + ': HTTP ' + _x.status); }"
            + "return _x.responseText;")
    static native String http(String method, String url, String body);

    @JSBody(script = "return performance.now();")
    static native double now();

    /** Sets an attribute on body; the JUnit test polls data-state and reads the others. */
    @JSBody(params = {"name", "value"}, script = "document.body.setAttribute(name, value);")
    static native void report(String name, String value);
}
