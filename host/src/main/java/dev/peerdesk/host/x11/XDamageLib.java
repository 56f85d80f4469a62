package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;

/** DAMAGE (libXdamage): the server tells us which rectangles were drawn. */
interface XDamageLib extends Library {
    XDamageLib INSTANCE = Native.load("Xdamage", XDamageLib.class);

    int REPORT_RAW_RECTANGLES = 0;
    int XDAMAGE_NOTIFY = 0;

    boolean XDamageQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

    NativeLong XDamageCreate(X11.Display display, NativeLong drawable, int level);

    void XDamageDestroy(X11.Display display, NativeLong damage);

    /** XDamageNotifyEvent, read in place from an XEvent buffer. */
    @Structure.FieldOrder({"type", "serial", "send_event", "display", "drawable", "damage", "level", "more",
        "timestamp", "area_x", "area_y", "area_width", "area_height", "geo_x", "geo_y", "geo_width", "geo_height"})
    class NotifyEvent extends Structure {
        public int type;
        public NativeLong serial;
        public int send_event;
        public Pointer display;
        public NativeLong drawable;
        public NativeLong damage;
        public int level;
        public int more;
        public NativeLong timestamp;
        public short area_x;
        public short area_y;
        public short area_width;
        public short area_height;
        public short geo_x;
        public short geo_y;
        public short geo_width;
        public short geo_height;

        public NotifyEvent(Pointer p) {
            super(p);
            read();
        }
    }
}
