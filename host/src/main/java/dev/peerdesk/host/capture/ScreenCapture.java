package dev.peerdesk.host.capture;

import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import java.util.List;
import java.util.Optional;

/**
 * A source of screen images for one monitor. All calls come from one capture thread.
 * Implementations: {@code X11Capture} (XShm + DAMAGE + XFIXES + RANDR, Linux/X11, fully tested
 * under Xvfb) and {@link RobotCapture} (java.awt.Robot: portable, slower, no damage or cursor shape).
 */
public interface ScreenCapture extends AutoCloseable {
    List<Monitor> monitors();

    /** Captures {@code monitor} from now on (damage is reported relative to it). */
    void select(Monitor monitor);

    Monitor selected();

    /** The selected monitor's pixels now. The returned frame's array is reused by the next call. */
    Frame capture() throws CaptureException;

    /**
     * Regions of the selected monitor changed since the last call, in its coordinates. Without
     * change notification (Robot, X servers without DAMAGE) this is the whole monitor every time,
     * and the encoder's tile comparison finds what really changed.
     */
    List<Rect> pollDamage();

    /** The new pointer image if it changed since the last call. */
    Optional<CursorShape> pollCursorShape();

    /** Pointer position relative to the selected monitor (may lie outside it on another monitor). */
    int[] cursorPosition();

    /** How pixels are read: "xshm", "xgetimage" or "robot" (for logs and benchmarks). */
    String method();

    @Override
    void close();
}
