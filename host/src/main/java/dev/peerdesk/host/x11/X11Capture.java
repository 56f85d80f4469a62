package dev.peerdesk.host.x11;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.peerdesk.host.capture.CaptureException;
import dev.peerdesk.host.capture.CursorShape;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * X11 capture: XShm for pixels (XGetImage when shared memory cannot be attached), DAMAGE for the
 * changed rectangles, XFIXES for the cursor image, RANDR for the monitor list. Each extension is
 * optional and degrades to the portable behaviour. Linux/X11 only; tested under Xvfb.
 */
public final class X11Capture implements ScreenCapture {
    private final X11Display x;
    private final List<Monitor> monitors;
    private final Memory event = new Memory(XlibExtra.XEVENT_SIZE);
    private Monitor selected;
    private ShmImage shm;
    private int[] pixels = new int[0];
    private int damageEvent = -1;
    private NativeLong damage;
    private int cursorEvent = -1;
    private boolean cursorChanged = true;
    private final List<Rect> pendingDamage = new ArrayList<>();

    private final boolean useShm;

    public X11Capture(String displayName) throws X11Exception {
        this(displayName, true);
    }

    /** {@code useShm=false} forces XGetImage (what a remote display gets), for benchmarks and tests. */
    public X11Capture(String displayName, boolean useShm) throws X11Exception {
        this.useShm = useShm;
        this.x = X11Display.open(displayName);
        try {
            this.monitors = X11Monitors.list(x);
            IntByReference base = new IntByReference();
            IntByReference errorBase = new IntByReference();
            if (XDamageLib.INSTANCE.XDamageQueryExtension(x.display, base, errorBase)) {
                damage = XDamageLib.INSTANCE.XDamageCreate(x.display, x.root, XDamageLib.REPORT_RAW_RECTANGLES);
                damageEvent = base.getValue() + XDamageLib.XDAMAGE_NOTIFY;
            }
            if (XFixesLib.INSTANCE.XFixesQueryExtension(x.display, base, errorBase)) {
                XFixesLib.INSTANCE.XFixesSelectCursorInput(x.display, x.root,
                        new NativeLong(XFixesLib.DISPLAY_CURSOR_NOTIFY_MASK));
                cursorEvent = base.getValue() + XFixesLib.CURSOR_NOTIFY;
            }
            if (x.syncAndTakeError() != 0) {
                damageEvent = -1;
            }
            select(monitors.stream().filter(Monitor::primary).findFirst().orElse(monitors.get(0)));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            x.close();
            throw new X11Exception("X11 capture unavailable: " + e);
        }
    }

    @Override
    public List<Monitor> monitors() {
        return monitors;
    }

    @Override
    public void select(Monitor m) {
        if (shm != null) {
            shm.close();
            shm = null;
        }
        selected = m;
        try {
            if (useShm && XShmLib.INSTANCE.XShmQueryExtension(x.display)) {
                shm = new ShmImage(x, m.width(), m.height());
            }
        } catch (X11Exception | UnsatisfiedLinkError noShm) {
            shm = null; // XGetImage below
        }
        pixels = new int[(shm != null ? shm.stride : m.width()) * m.height()];
        pendingDamage.clear();
        pendingDamage.add(new Rect(0, 0, m.width(), m.height()));
    }

    @Override
    public Monitor selected() {
        return selected;
    }

    @Override
    public Frame capture() throws CaptureException {
        if (shm != null && shm.grab(selected.x(), selected.y(), pixels)) {
            return new Frame(selected.width(), selected.height(), shm.stride, pixels);
        }
        Pointer img = XlibExtra.INSTANCE.XGetImage(x.display, x.root, selected.x(), selected.y(),
                selected.width(), selected.height(), new NativeLong(-1L), 2);
        if (img == null) {
            x.syncAndTakeError();
            throw new CaptureException("cannot read " + selected + " any more: the screen layout changed");
        }
        try {
            XShmLib.XImageHead head = new XShmLib.XImageHead(img);
            int stride = head.bytes_per_line / 4;
            if (pixels.length < stride * selected.height()) {
                pixels = new int[stride * selected.height()];
            }
            head.data.read(0, pixels, 0, stride * selected.height());
            return new Frame(selected.width(), selected.height(), stride, pixels);
        } finally {
            XlibExtra.INSTANCE.XDestroyImage(img);
        }
    }

    @Override
    public List<Rect> pollDamage() {
        drainEvents();
        if (damageEvent < 0) {
            return List.of(new Rect(0, 0, selected.width(), selected.height()));
        }
        List<Rect> out = new ArrayList<>(pendingDamage);
        pendingDamage.clear();
        return out;
    }

    private void drainEvents() {
        while (XlibExtra.INSTANCE.XPending(x.display) > 0) {
            XlibExtra.INSTANCE.XNextEvent(x.display, event);
            int type = event.getInt(0);
            if (type == damageEvent) {
                XDamageLib.NotifyEvent e = new XDamageLib.NotifyEvent(event);
                Rect r = new Rect(e.area_x - selected.x(), e.area_y - selected.y(),
                        e.area_width & 0xffff, e.area_height & 0xffff)
                        .intersect(new Rect(0, 0, selected.width(), selected.height()));
                if (!r.isEmpty()) {
                    pendingDamage.add(r);
                }
            } else if (type == cursorEvent) {
                cursorChanged = true;
            }
        }
    }

    @Override
    public Optional<CursorShape> pollCursorShape() {
        drainEvents();
        if (cursorEvent < 0 || !cursorChanged) {
            return Optional.empty();
        }
        cursorChanged = false;
        return X11Cursor.read(x);
    }

    @Override
    public int[] cursorPosition() {
        com.sun.jna.platform.unix.X11.WindowByReference w = new com.sun.jna.platform.unix.X11.WindowByReference();
        IntByReference rx = new IntByReference();
        IntByReference ry = new IntByReference();
        X11Display.X.XQueryPointer(x.display, x.rootWindow(), w, new com.sun.jna.platform.unix.X11.WindowByReference(),
                rx, ry, new IntByReference(), new IntByReference(), new IntByReference());
        return new int[] {rx.getValue() - selected.x(), ry.getValue() - selected.y()};
    }

    @Override
    public String method() {
        return shm != null ? "xshm" : "xgetimage";
    }

    /** Whether changed regions come from DAMAGE (else every poll reports the whole monitor). */
    public boolean hasDamage() {
        return damageEvent >= 0;
    }

    @Override
    public void close() {
        if (shm != null) {
            shm.close();
            shm = null;
        }
        if (damage != null && damageEvent >= 0) {
            XDamageLib.INSTANCE.XDamageDestroy(x.display, damage);
        }
        x.close();
    }
}
