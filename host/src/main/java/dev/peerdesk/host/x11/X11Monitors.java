package dev.peerdesk.host.x11;

import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import dev.peerdesk.host.capture.Monitor;
import java.util.ArrayList;
import java.util.List;

/** Lists monitors through RANDR 1.5 (XRRGetMonitors); without it, the whole root window is one monitor. */
final class X11Monitors {
    private X11Monitors() {}

    static List<Monitor> list(X11Display x) {
        List<Monitor> out = new ArrayList<>();
        try {
            IntByReference major = new IntByReference();
            IntByReference minor = new IntByReference();
            if (XRandrLib.INSTANCE.XRRQueryExtension(x.display, new IntByReference(), new IntByReference())
                    && XRandrLib.INSTANCE.XRRQueryVersion(x.display, major, minor) != 0
                    && (major.getValue() > 1 || minor.getValue() >= 5)) {
                IntByReference n = new IntByReference();
                Pointer p = XRandrLib.INSTANCE.XRRGetMonitors(x.display, x.root, true, n);
                if (p != null) {
                    try {
                        XRandrLib.MonitorInfo first = new XRandrLib.MonitorInfo(p);
                        XRandrLib.MonitorInfo[] all = n.getValue() > 0
                                ? (XRandrLib.MonitorInfo[]) first.toArray(n.getValue()) : new XRandrLib.MonitorInfo[0];
                        for (int i = 0; i < all.length; i++) {
                            XRandrLib.MonitorInfo m = all[i];
                            String name = m.name.longValue() == 0 ? "monitor-" + i
                                    : X11Display.X.XGetAtomName(x.display, new X11.Atom(m.name.longValue()));
                            if (m.width > 0 && m.height > 0) {
                                out.add(new Monitor(out.size(), name, m.x, m.y, m.width, m.height, m.primary != 0));
                            }
                        }
                    } finally {
                        XRandrLib.INSTANCE.XRRFreeMonitors(p);
                    }
                }
            }
        } catch (UnsatisfiedLinkError noLibrary) {
            // libXrandr missing: fall through to the single-monitor answer.
        }
        x.syncAndTakeError();
        if (out.isEmpty()) {
            out.add(new Monitor(0, "screen", 0, 0, x.width(), x.height(), true));
        }
        return out;
    }
}
