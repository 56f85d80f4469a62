package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;

/** RANDR 1.5 (libXrandr): the monitors that make up the root window. */
interface XRandrLib extends Library {
    XRandrLib INSTANCE = Native.load("Xrandr", XRandrLib.class);

    boolean XRRQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

    int XRRQueryVersion(X11.Display display, IntByReference major, IntByReference minor);

    Pointer XRRGetMonitors(X11.Display display, NativeLong window, boolean getActive, IntByReference count);

    void XRRFreeMonitors(Pointer monitors);

    /** Defines (or replaces) a monitor; tests use it to split one Xvfb screen into two. */
    void XRRSetMonitor(X11.Display display, NativeLong window, MonitorInfo monitor);

    /** XRRMonitorInfo. */
    @Structure.FieldOrder({"name", "primary", "automatic", "noutput", "x", "y", "width", "height", "mwidth",
        "mheight", "outputs"})
    class MonitorInfo extends Structure {
        public NativeLong name;
        public int primary;
        public int automatic;
        public int noutput;
        public int x;
        public int y;
        public int width;
        public int height;
        public int mwidth;
        public int mheight;
        public Pointer outputs;

        public MonitorInfo() {}

        public MonitorInfo(Pointer p) {
            super(p);
            read();
        }
    }
}
