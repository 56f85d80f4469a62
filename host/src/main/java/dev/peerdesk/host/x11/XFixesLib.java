package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;

/** XFIXES (libXfixes): the cursor image, which screen captures do not contain, and its changes. */
interface XFixesLib extends Library {
    XFixesLib INSTANCE = Native.load("Xfixes", XFixesLib.class);

    int DISPLAY_CURSOR_NOTIFY_MASK = 1;
    int CURSOR_NOTIFY = 1;

    boolean XFixesQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

    /** XFixesSetSelectionOwnerNotifyMask | SelectionWindowDestroyNotifyMask | SelectionClientCloseNotifyMask. */
    int SELECTION_ANY_NOTIFY_MASK = 1 | 2 | 4;
    int SELECTION_NOTIFY = 0;

    void XFixesSelectSelectionInput(X11.Display display, NativeLong window, NativeLong selection, NativeLong eventMask);

    void XFixesSelectCursorInput(X11.Display display, NativeLong window, NativeLong eventMask);

    Pointer XFixesGetCursorImage(X11.Display display);

    /** XFixesCursorImage; {@code pixels} holds width*height {@code unsigned long}s of premultiplied ARGB. */
    @Structure.FieldOrder({"x", "y", "width", "height", "xhot", "yhot", "cursor_serial", "pixels", "atom", "name"})
    class CursorImage extends Structure {
        public short x;
        public short y;
        public short width;
        public short height;
        public short xhot;
        public short yhot;
        public NativeLong cursor_serial;
        public Pointer pixels;
        public NativeLong atom;
        public Pointer name;

        public CursorImage(Pointer p) {
            super(p);
            read();
        }
    }
}
