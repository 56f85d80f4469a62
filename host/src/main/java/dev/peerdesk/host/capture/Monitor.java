package dev.peerdesk.host.capture;

import dev.peerdesk.host.screen.Rect;

/** One monitor: its area of the desktop (root window coordinates). The viewer picks one by index. */
public record Monitor(int index, String name, int x, int y, int width, int height, boolean primary) {
    public Rect bounds() {
        return new Rect(x, y, width, height);
    }
}
