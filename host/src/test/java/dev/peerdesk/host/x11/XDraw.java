package dev.peerdesk.host.x11;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;

/** A second X client that paints known rectangles on the root window, as any application would. */
final class XDraw implements AutoCloseable {
    private final X11Display x;
    private final X11.GC gc;

    XDraw(String display) throws X11Exception {
        x = X11Display.open(display);
        gc = X11Display.X.XCreateGC(x.display, x.rootWindow(), new NativeLong(0), null);
    }

    void fill(int rgb, int left, int top, int width, int height) {
        X11Display.X.XSetForeground(x.display, gc, new NativeLong(rgb));
        X11Display.X.XFillRectangle(x.display, x.rootWindow(), gc, left, top, width, height);
        x.syncAndTakeError();
    }

    @Override
    public void close() {
        X11Display.X.XFreeGC(x.display, gc);
        x.close();
    }
}
