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
    @JSBody(params = {"id", "rgba", "_w", "_h"}, script = ""
            + "var _c = document.getElementById(id); _c.width = _w; _c.height = _h;"
            + "_c.peerdeskImage = new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, _w * _h * 4), _w, _h);")
    static native void resize(String id, Int8Array rgba, int w, int h);

    @JSBody(params = {"id", "_x", "_y", "_w", "_h"}, script = ""
            + "var _c = document.getElementById(id);"
            + "_c.getContext('2d').putImageData(_c.peerdeskImage, 0, 0, _x, _y, _w, _h);")
    static native void paint(String id, int x, int y, int w, int h);

    /** Scale to fit the stage (never enlarged) or show 1:1 with scroll bars. */
    @JSBody(params = {"id", "fit"}, script = ""
            + "var _c = document.getElementById(id), _s = _c.parentElement;"
            + "if (!_c.width) { return; }"
            + "var _k = fit ? Math.min(_s.clientWidth / _c.width, _s.clientHeight / _c.height, 1) : 1;"
            + "_c.style.width = Math.floor(_c.width * _k) + 'px'; _c.style.height = Math.floor(_c.height * _k) + 'px';"
            + "_s.classList.toggle('actual', !fit);")
    static native void layout(String id, boolean fit);

    @JSBody(params = "id", script = "var _e = document.getElementById(id);"
            + " if (document.fullscreenElement) { document.exitFullscreen(); } else if (_e.requestFullscreen) { _e.requestFullscreen(); }")
    static native void toggleFullscreen(String id);

    @JSBody(params = {"id", "pointer", "key", "wheel", "blur"}, script = ""
            + "var _c = document.getElementById(id);"
            + "function at(_e) { var _r = _c.getBoundingClientRect();"
            + "  var _x = Math.floor((_e.clientX - _r.left) * _c.width / _r.width), _y = Math.floor((_e.clientY - _r.top) * _c.height / _r.height);"
            + "  return [Math.max(0, Math.min(_c.width - 1, _x)), Math.max(0, Math.min(_c.height - 1, _y))]; }"
            + "function mods(_e) { return (_e.shiftKey ? 1 : 0) | (_e.ctrlKey ? 2 : 0) | (_e.altKey ? 4 : 0) | (_e.metaKey ? 8 : 0); }"
            + "_c.addEventListener('mousemove', function(_e) { var _p = at(_e); pointer(0, 0, _p[0], _p[1]); });"
            + "_c.addEventListener('mousedown', function(_e) { _c.focus(); _e.preventDefault(); var _p = at(_e); pointer(1, _e.button, _p[0], _p[1]); });"
            + "_c.addEventListener('mouseup', function(_e) { _e.preventDefault(); var _p = at(_e); pointer(2, _e.button, _p[0], _p[1]); });"
            + "_c.addEventListener('contextmenu', function(_e) { _e.preventDefault(); });"
            + "_c.addEventListener('wheel', function(_e) { _e.preventDefault(); var _p = at(_e); wheel(_e.deltaX, _e.deltaY, _e.deltaMode, _p[0], _p[1]); }, {passive: false});"
            + "_c.addEventListener('keydown', function(_e) { _e.preventDefault(); key(true, _e.code || '', _e.key || '', mods(_e)); });"
            + "_c.addEventListener('keyup', function(_e) { _e.preventDefault(); key(false, _e.code || '', _e.key || '', mods(_e)); });"
            + "_c.addEventListener('blur', function() { blur(); });")
    static native void capture(String id, Pointer pointer, Key key, Wheel wheel, Dom.Action blur);

    @JSBody(params = "action", script = "addEventListener('resize', function() { action(); });"
            + "document.addEventListener('fullscreenchange', function() { action(); });")
    static native void onResize(Dom.Action action);
}
