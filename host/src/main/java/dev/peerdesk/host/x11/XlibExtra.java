package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;

/** Xlib calls jna-platform's X11 maps with types that do not fit here (raw event buffers, XIDs as longs). */
interface XlibExtra extends Library {
    XlibExtra INSTANCE = Native.load("X11", XlibExtra.class);

    /** sizeof(XEvent): a union padded to 24 longs. */
    int XEVENT_SIZE = 24 * Native.LONG_SIZE;

    int XNextEvent(X11.Display display, Pointer event);

    int XPending(X11.Display display);

    int XFree(Pointer data);

    Pointer XGetImage(X11.Display display, NativeLong drawable, int x, int y, int width, int height,
            NativeLong planeMask, int format);

    int XDestroyImage(Pointer image);

    int XInitThreads();

    int XDefaultDepth(X11.Display display, int screen);

    Pointer XGetKeyboardMapping(X11.Display display, byte firstKeycode, int count, com.sun.jna.ptr.IntByReference keysymsPerKeycode);

    int XChangeKeyboardMapping(X11.Display display, int firstKeycode, int keysymsPerKeycode, long[] keysyms, int count);
}
