package dev.peerdesk.viewer.check;

import org.teavm.jso.JSBody;

/** The check page's only contact with the browser: synchronous XHR, a clock, and result attributes. */
final class Page {
    private Page() {}

    /** Synchronous XHR (text only: sync requests cannot use binary response types). */
    @JSBody(params = {"method", "url", "body"}, script = ""
            + "var x = new XMLHttpRequest(); x.open(method, url, false); x.send(body);"
            + "if (x.status !== 200) { throw new Error(method + ' ' + url + ': HTTP ' + x.status); }"
            + "return x.responseText;")
    static native String http(String method, String url, String body);

    @JSBody(script = "return performance.now();")
    static native double now();

    /** Sets an attribute on body; the JUnit test polls data-state and reads the others. */
    @JSBody(params = {"name", "value"}, script = "document.body.setAttribute(name, value);")
    static native void report(String name, String value);
}
