package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;

/** MIT-SHM (libXext): the X server writes pixels straight into memory this process maps. */
interface XShmLib extends Library {
    XShmLib INSTANCE = Native.load("Xext", XShmLib.class);

    boolean XShmQueryExtension(X11.Display display);

    Pointer XShmCreateImage(X11.Display display, X11.Visual visual, int depth, int format, Pointer data,
            SegmentInfo shminfo, int width, int height);

    boolean XShmAttach(X11.Display display, SegmentInfo shminfo);

    boolean XShmDetach(X11.Display display, SegmentInfo shminfo);

    boolean XShmGetImage(X11.Display display, NativeLong drawable, Pointer image, int x, int y, NativeLong planeMask);

    /** XShmSegmentInfo. */
    @Structure.FieldOrder({"shmseg", "shmid", "shmaddr", "readOnly"})
    class SegmentInfo extends Structure {
        public NativeLong shmseg;
        public int shmid;
        public Pointer shmaddr;
        public int readOnly;
    }

    /** The leading fields of XImage, enough to find the pixels and their layout. */
    @Structure.FieldOrder({"width", "height", "xoffset", "format", "data", "byte_order", "bitmap_unit",
        "bitmap_bit_order", "bitmap_pad", "depth", "bytes_per_line", "bits_per_pixel", "red_mask",
        "green_mask", "blue_mask"})
    class XImageHead extends Structure {
        public int width;
        public int height;
        public int xoffset;
        public int format;
        public Pointer data;
        public int byte_order;
        public int bitmap_unit;
        public int bitmap_bit_order;
        public int bitmap_pad;
        public int depth;
        public int bytes_per_line;
        public int bits_per_pixel;
        public NativeLong red_mask;
        public NativeLong green_mask;
        public NativeLong blue_mask;

        public XImageHead(Pointer p) {
            super(p);
            read();
        }
    }
}
