package dev.peerdesk.host.x11;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import dev.peerdesk.host.capture.CursorShape;
import java.util.Optional;

/** Reads the pointer image through XFIXES (captures never contain it) and converts it for the wire. */
final class X11Cursor {
    private X11Cursor() {}

    static Optional<CursorShape> read(X11Display x) {
        Pointer p = XFixesLib.INSTANCE.XFixesGetCursorImage(x.display);
        if (p == null) {
            return Optional.empty();
        }
        try {
            XFixesLib.CursorImage c = new XFixesLib.CursorImage(p);
            int w = c.width & 0xffff;
            int h = c.height & 0xffff;
            int[] argb = new int[w * h];
            for (int i = 0; i < argb.length; i++) {
                // unsigned long per pixel (8 bytes on LP64), premultiplied ARGB in the low 32 bits.
                argb[i] = unpremultiply((int) c.pixels.getNativeLong((long) i * NativeLong.SIZE).longValue());
            }
            return Optional.of(new CursorShape(Math.min(c.xhot & 0xffff, Math.max(0, w - 1)),
                    Math.min(c.yhot & 0xffff, Math.max(0, h - 1)), w, h, argb));
        } finally {
            XlibExtra.INSTANCE.XFree(p);
        }
    }

    /** XFIXES gives premultiplied alpha; canvas ImageData wants it straight. */
    static int unpremultiply(int argb) {
        int a = argb >>> 24;
        if (a == 0 || a == 255) {
            return a == 0 ? 0 : argb;
        }
        int r = Math.min(255, ((argb >>> 16) & 0xff) * 255 / a);
        int g = Math.min(255, ((argb >>> 8) & 0xff) * 255 / a);
        int b = Math.min(255, (argb & 0xff) * 255 / a);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
