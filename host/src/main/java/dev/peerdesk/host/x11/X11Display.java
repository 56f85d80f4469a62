package dev.peerdesk.host.x11;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;

/**
 * One Xlib connection, used by one thread. Xlib's default error handler exits the process, which
 * a host must never do because some server lacks an extension or a shared-memory segment cannot
 * be attached (remote display); so a handler that records the error is installed process-wide and
 * callers check {@link #syncAndTakeError()} after requests that may fail.
 */
public final class X11Display implements AutoCloseable {
    static final X11 X = X11.INSTANCE;
    private static volatile int lastError;
    // Held in a static field: JNA callbacks must stay reachable while native code may call them.
    private static final X11.XErrorHandler HANDLER = (display, event) -> {
        lastError = (event.error_code & 0xff) | (event.request_code & 0xff) << 8 | 0x10000;
        return 0;
    };

    static {
        X.XSetErrorHandler(HANDLER);
    }

    final X11.Display display;
    final int screen;
    final NativeLong root;
    final String name;

    private X11Display(X11.Display display, String name) {
        this.display = display;
        this.name = name;
        this.screen = X.XDefaultScreen(display);
        this.root = new NativeLong(X.XRootWindow(display, screen).longValue());
    }

    /** Opens {@code name} (like ":1"), or {@code $DISPLAY} when null. */
    public static X11Display open(String name) throws X11Exception {
        X11.Display d = X.XOpenDisplay(name);
        if (d == null) {
            throw new X11Exception("cannot open X display " + (name == null ? System.getenv("DISPLAY") : name)
                    + " (is an X server running there, and may we connect to it?)");
        }
        return new X11Display(d, name);
    }

    public int width() {
        return X.XDisplayWidth(display, screen);
    }

    public int height() {
        return X.XDisplayHeight(display, screen);
    }

    public boolean hasExtension(String extension) {
        com.sun.jna.ptr.IntByReference a = new com.sun.jna.ptr.IntByReference();
        return X.XQueryExtension(display, extension, a, new com.sun.jna.ptr.IntByReference(),
                new com.sun.jna.ptr.IntByReference());
    }

    /** Waits for the server to process every request so far; returns and clears a recorded error (0 if none). */
    synchronized int syncAndTakeError() {
        X.XSync(display, false);
        int e = lastError;
        lastError = 0;
        return e;
    }

    void flush() {
        X.XFlush(display);
    }

    X11.Window rootWindow() {
        return new X11.Window(root.longValue());
    }

    @Override
    public void close() {
        X.XCloseDisplay(display);
    }
}
