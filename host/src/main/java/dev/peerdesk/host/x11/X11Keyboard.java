package dev.peerdesk.host.x11;

import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;

/**
 * The host's core keyboard mapping: which keycode and shift level produce a keysym, and spare
 * keycodes (no keysym at all) that the injector can bind to characters the layout lacks, the way
 * xdotool types characters that are not on the keyboard.
 */
final class X11Keyboard {
    /** Where a keysym is: keycode and level (0 plain, 1 with Shift). */
    record Location(int keycode, int level) {}

    private final X11Display x;
    private int min;
    private int max;
    private int perKeycode;
    private long[] syms = new long[0];

    X11Keyboard(X11Display x) {
        this.x = x;
        refresh();
    }

    void refresh() {
        IntByReference lo = new IntByReference();
        IntByReference hi = new IntByReference();
        X11Display.X.XDisplayKeycodes(x.display, lo, hi);
        min = lo.getValue();
        max = hi.getValue();
        IntByReference per = new IntByReference();
        Pointer p = XlibExtra.INSTANCE.XGetKeyboardMapping(x.display, (byte) min, max - min + 1, per);
        perKeycode = per.getValue();
        syms = new long[(max - min + 1) * perKeycode];
        for (int i = 0; i < syms.length; i++) {
            syms[i] = p.getNativeLong((long) i * com.sun.jna.NativeLong.SIZE).longValue();
        }
        XlibExtra.INSTANCE.XFree(p);
    }

    /** The keycode and level (0 or 1) producing {@code keysym}, preferring no Shift; null if none. */
    Location find(int keysym) {
        for (int level = 0; level < Math.min(2, perKeycode); level++) {
            for (int k = min; k <= max; k++) {
                if (syms[(k - min) * perKeycode + level] == keysym) {
                    return new Location(k, level);
                }
            }
        }
        return null;
    }

    /** Any keycode producing {@code keysym} at any level (for modifiers and named keys). */
    int keycodeOf(int keysym) {
        return X11Display.X.XKeysymToKeycode(x.display, new X11.KeySym(keysym)) & 0xff;
    }

    /** Keycodes with no keysym at all, highest first (spare keys live at the top of the range). */
    int[] spareKeycodes(int limit) {
        int[] out = new int[limit];
        int n = 0;
        for (int k = max; k >= min && n < limit; k--) {
            boolean empty = true;
            for (int l = 0; l < perKeycode; l++) {
                empty &= syms[(k - min) * perKeycode + l] == 0;
            }
            if (empty) {
                out[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Binds {@code keysym} to {@code keycode} at both levels (0 clears the binding). */
    void bind(int keycode, int keysym) {
        long[] row = new long[perKeycode];
        if (keysym != 0) {
            row[0] = keysym;
            if (perKeycode > 1) {
                row[1] = keysym;
            }
        }
        XlibExtra.INSTANCE.XChangeKeyboardMapping(x.display, keycode, perKeycode, row, 1);
        x.syncAndTakeError();
        System.arraycopy(row, 0, syms, (keycode - min) * perKeycode, perKeycode);
    }
}
