package dev.peerdesk.host.screen;

/** An axis-aligned rectangle in screen pixels; empty when width or height is not positive. */
public record Rect(int x, int y, int width, int height) {
    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public Rect intersect(Rect o) {
        int nx = Math.max(x, o.x);
        int ny = Math.max(y, o.y);
        return new Rect(nx, ny, Math.min(right(), o.right()) - nx, Math.min(bottom(), o.bottom()) - ny);
    }

    public Rect union(Rect o) {
        if (isEmpty()) {
            return o;
        }
        if (o.isEmpty()) {
            return this;
        }
        int nx = Math.min(x, o.x);
        int ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < right() && py < bottom();
    }
}
