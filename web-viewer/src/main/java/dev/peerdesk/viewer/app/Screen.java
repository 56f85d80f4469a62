package dev.peerdesk.viewer.app;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The canvas: paints the frame buffer's dirty rectangle and turns the person's keyboard, mouse and
 * wheel into calls with remote-screen coordinates. Thin on purpose: what the events mean is decided
 * in Java ({@link dev.peerdesk.viewer.core.KeyMap}, the session core).
 */
final class Screen {
    private Screen() {}

    @JSFunctor
    interface Pointer extends JSObject {
        void accept(int action, int button, int x, int y);
    }

    @JSFunctor
    interface Key extends JSObject {
        void accept(boolean down, String code, String key, int modifiers);
    }

    @JSFunctor
    interface Wheel extends JSObject {
        void accept(double dx, double dy, int mode, int x, int y);
    }

    /** Gives the canvas a new size and an ImageData that views the Java RGBA array (no copy). */
    @JSBody(params = {"id", "rgba", "w", "h"}, script = ""
            + "var c = document.getElementById(id); c.width = w; c.height = h;"
            + "c.peerdeskImage = new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, w * h * 4), w, h);")
    static native void resize(String id, Int8Array rgba, int w, int h);

    @JSBody(params = {"id", "x", "y", "w", "h"}, script = ""
            + "var c = document.getElementById(id);"
            + "c.getContext('2d').putImageData(c.peerdeskImage, 0, 0, x, y, w, h);")
    static native void paint(String id, int x, int y, int w, int h);

    /** Scale to fit the stage (never enlarged) or show 1:1 with scroll bars. */
    @JSBody(params = {"id", "fit"}, script = ""
            + "var c = document.getElementById(id), s = c.parentElement;"
            + "if (!c.width) { return; }"
            + "var k = fit ? Math.min(s.clientWidth / c.width, s.clientHeight / c.height, 1) : 1;"
            + "c.style.width = Math.floor(c.width * k) + 'px'; c.style.height = Math.floor(c.height * k) + 'px';"
            + "s.classList.toggle('actual', !fit);")
    static native void layout(String id, boolean fit);

    @JSBody(params = "id", script = "var e = document.getElementById(id);"
            + " if (document.fullscreenElement) { document.exitFullscreen(); } else if (e.requestFullscreen) { e.requestFullscreen(); }")
    static native void toggleFullscreen(String id);

    @JSBody(params = {"id", "pointer", "key", "wheel", "blur"}, script = ""
            + "var c = document.getElementById(id);"
            + "function at(e) { var r = c.getBoundingClientRect();"
            + "  var x = Math.floor((e.clientX - r.left) * c.width / r.width), y = Math.floor((e.clientY - r.top) * c.height / r.height);"
            + "  return [Math.max(0, Math.min(c.width - 1, x)), Math.max(0, Math.min(c.height - 1, y))]; }"
            + "function mods(e) { return (e.shiftKey ? 1 : 0) | (e.ctrlKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0); }"
            + "c.addEventListener('mousemove', function(e) { var p = at(e); pointer(0, 0, p[0], p[1]); });"
            + "c.addEventListener('mousedown', function(e) { c.focus(); e.preventDefault(); var p = at(e); pointer(1, e.button, p[0], p[1]); });"
            + "c.addEventListener('mouseup', function(e) { e.preventDefault(); var p = at(e); pointer(2, e.button, p[0], p[1]); });"
            + "c.addEventListener('contextmenu', function(e) { e.preventDefault(); });"
            + "c.addEventListener('wheel', function(e) { e.preventDefault(); var p = at(e); wheel(e.deltaX, e.deltaY, e.deltaMode, p[0], p[1]); }, {passive: false});"
            + "c.addEventListener('keydown', function(e) { e.preventDefault(); key(true, e.code || '', e.key || '', mods(e)); });"
            + "c.addEventListener('keyup', function(e) { e.preventDefault(); key(false, e.code || '', e.key || '', mods(e)); });"
            + "c.addEventListener('blur', function() { blur(); });")
    static native void capture(String id, Pointer pointer, Key key, Wheel wheel, Dom.Action blur);

    @JSBody(params = "action", script = "addEventListener('resize', function() { action(); });"
            + "document.addEventListener('fullscreenchange', function() { action(); });")
    static native void onResize(Dom.Action action);
}
