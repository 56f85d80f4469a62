package dev.peerdesk.viewer.app;

import dev.peerdesk.protocol.clipboard.ClipboardState;
import dev.peerdesk.protocol.message.ClipboardText;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Text clipboard sync with the computer through the browser's asynchronous clipboard API, where
 * the browser allows it. The computer's text is written with {@code navigator.clipboard.writeText}
 * (needs the page focused); if the browser refuses, a button offers it, and the click (a user
 * gesture) writes it. The person's text reaches the computer on a paste gesture in the canvas
 * (the paste event's data: no permission prompt), sent before the Ctrl+V keys that paste it there,
 * and, where reading is already permitted, when the canvas gets focus. {@link ClipboardState}
 * decides what is new, so a text never bounces between the two. Page state for people and tests:
 * {@code body[data-clipboard-in]} ("written N" or "offered N", N chars) and
 * {@code body[data-clipboard-out]} ("sent N").
 */
final class Clipboard {
    static final String OFFER = "clipboard-offer";

    interface Sender {
        void send(ClipboardText m);
    }

    interface Notice {
        void show(String words);
    }

    @JSFunctor
    interface Written extends JSObject {
        void done(boolean ok, String why);
    }

    private final EventLoop loop;
    private final Sender sender;
    private final Notice notice;
    /** Null between sessions: nothing is sent or written then. */
    private ClipboardState state;

    Clipboard(EventLoop loop, Sender sender, Notice notice) {
        this.loop = loop;
        this.sender = sender;
        this.notice = notice;
    }

    /** Once at boot: the paste gesture and the focus read on the canvas. */
    void install(String canvas, Screen.Key key) {
        capture(canvas, text -> loop.post(() -> fromPerson(text)),
                (down, code, name, mods) -> loop.post(() -> key.accept(down, code, name, mods)));
    }

    /** A session became live (a fresh state: nothing is shared yet) or ended. */
    void session(boolean live) {
        state = live ? new ClipboardState(null, ClipboardState.maxTextBytes()) : null;
        if (!live) {
            Dom.hidden(OFFER, true);
        }
    }

    void fromHost(ClipboardText m) {
        if (state != null && state.remote(m) instanceof ClipboardState.Apply a) {
            String text = a.text();
            write(text, (ok, why) -> loop.post(() -> written(text, ok, why)));
        }
    }

    private void written(String text, boolean ok, String why) {
        if (ok) {
            Dom.log("clipboard written " + text.length());
            Dom.bodyAttr("data-clipboard-in", "written " + text.length());
            Dom.hidden(OFFER, true);
            return;
        }
        // Not focused, or no permission: keep the text and let a click (a user gesture) write it.
        Dom.log("clipboard offered " + text.length() + " (" + why + ")");
        Dom.bodyAttr("data-clipboard-in", "offered " + text.length());
        offer(OFFER, text, (done, error) -> loop.post(() -> {
            Dom.log(done ? "clipboard written " + text.length() + " on click" : "clipboard refused " + error);
            if (done) {
                Dom.bodyAttr("data-clipboard-in", "written " + text.length());
            }
        }));
    }

    private void fromPerson(String text) {
        if (state == null) {
            return;
        }
        ClipboardState.Decision d = state.local(text);
        if (d instanceof ClipboardState.Send s) {
            sender.send(s.message());
            Dom.log("clipboard sent " + text.length());
            Dom.bodyAttr("data-clipboard-out", "sent " + text.length());
        } else if (d instanceof ClipboardState.TooLarge t) {
            notice.show("The copied text is too large to send to the computer (" + (t.bytes() + 1023) / 1024
                    + " KB; at most " + t.limit() / 1024 + " KB).");
        }
    }

    @JSBody(params = {"text", "done"}, script = ""
            + "if (!navigator.clipboard || !navigator.clipboard.writeText) { done(false, 'no asynchronous clipboard API'); return; }"
            + "navigator.clipboard.writeText(text).then(function() { done(true, ''); },"
            + " function(_err) { done(false, String(_err)); });")
    private static native void write(String text, Written done);

    /** Shows the button; its click writes the latest text offered (inside the gesture, as browsers require). */
    @JSBody(params = {"id", "text", "done"}, script = ""
            + "var _b = document.getElementById(id); _b.peerdeskText = text; _b.peerdeskDone = done; _b.hidden = false;"
            + "if (_b.peerdeskBound) { return; } _b.peerdeskBound = true;"
            + "_b.addEventListener('click', function() {"
            + "  if (!navigator.clipboard || !navigator.clipboard.writeText) { _b.peerdeskDone(false, 'no asynchronous clipboard API'); return; }"
            + "  navigator.clipboard.writeText(_b.peerdeskText).then(function() { _b.hidden = true; _b.peerdeskDone(true, ''); },"
            + "   function(_err) { _b.peerdeskDone(false, String(_err)); }); });")
    private static native void offer(String id, String text, Written done);

    /**
     * A paste shortcut on the focused canvas: the keydown is kept from the canvas's own handler
     * (whose preventDefault would stop the browser's paste), the paste event's text goes first,
     * then the held key; a key release, another key or the next turn of the event loop (no paste
     * event came) lets the held key go too, so the computer never misses or reorders a key.
     * Chromium aims the paste event at the selection's element or the body, not at the focused
     * canvas: it is caught on the document while the canvas has focus.
     */
    @JSBody(params = {"id", "paste", "key"}, script = ""
            + "var _c = document.getElementById(id), _held = null;"
            + "function isPaste(_e) { return ((_e.ctrlKey || _e.metaKey) && !_e.altKey && _e.code === 'KeyV')"
            + "  || (_e.shiftKey && !_e.ctrlKey && _e.code === 'Insert'); }"
            + "function mods(_e) { return (_e.shiftKey ? 1 : 0) | (_e.ctrlKey ? 2 : 0) | (_e.altKey ? 4 : 0) | (_e.metaKey ? 8 : 0); }"
            + "function release() { if (_held) { var _k = _held; _held = null; key(true, _k[0], _k[1], _k[2]); } }"
            + "addEventListener('keydown', function(_e) { if (_e.target !== _c) { return; } release();"
            + "  if (!isPaste(_e)) { return; }"
            + "  _e.stopPropagation(); _held = [_e.code || '', _e.key || '', mods(_e)]; setTimeout(release, 0); }, true);"
            + "addEventListener('keyup', function(_e) { if (_e.target === _c) { release(); } }, true);"
            + "document.addEventListener('paste', function(_e) { if (document.activeElement !== _c) { return; }"
            + "  _e.preventDefault(); var _t = _e.clipboardData ? _e.clipboardData.getData('text/plain') : '';"
            + "  if (_t) { paste(_t); } release(); }, true);"
            + "_c.addEventListener('focus', function() {"
            + "  if (!navigator.permissions || !navigator.clipboard || !navigator.clipboard.readText) { return; }"
            + "  navigator.permissions.query({name: 'clipboard-read'}).then(function(_st) {"
            + "    if (_st.state === 'granted') { return navigator.clipboard.readText().then(function(_t) { if (_t) { paste(_t); } }); }"
            + "  }).catch(function() {}); });")
    private static native void capture(String id, Dom.TextHandler paste, Screen.Key key);
}
