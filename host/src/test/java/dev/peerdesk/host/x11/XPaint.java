package dev.peerdesk.host.x11;

/** {@link XDraw} for tests outside this package: one rectangle painted by another X client. */
public final class XPaint {
    private XPaint() {}

    public static void fill(String display, int rgb, int left, int top, int width, int height) throws X11Exception {
        try (XDraw d = new XDraw(display)) {
            d.fill(rgb, left, top, width, height);
        }
    }
}
