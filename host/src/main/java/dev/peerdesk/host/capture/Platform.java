package dev.peerdesk.host.capture;

import dev.peerdesk.host.input.InputInjector;
import dev.peerdesk.host.input.RobotInjector;
import dev.peerdesk.host.x11.X11Capture;
import dev.peerdesk.host.x11.X11Exception;
import dev.peerdesk.host.x11.X11Injector;
import java.awt.AWTException;
import java.io.PrintStream;

/**
 * Picks capture and input for this machine: X11 through JNA when an X display answers (the fully
 * tested path), else java.awt.Robot (other platforms; X servers without the extensions). Says on
 * {@code log} which one and why, so a slow host is easy to explain.
 */
public final class Platform {
    private Platform() {}

    public static ScreenCapture capture(String display, PrintStream log) throws AWTException {
        if (isLinuxLike()) {
            try {
                X11Capture c = new X11Capture(display);
                log.println("capture: X11 " + c.method() + (c.hasDamage() ? " with DAMAGE" : " (no DAMAGE: full polls)"));
                return c;
            } catch (X11Exception | UnsatisfiedLinkError e) {
                log.println("capture: X11 unavailable (" + e.getMessage() + "); falling back to java.awt.Robot");
            }
        }
        return new RobotCapture();
    }

    public static InputInjector input(String display, Monitor monitor, PrintStream log) throws AWTException {
        if (isLinuxLike()) {
            try {
                return new X11Injector(display, monitor);
            } catch (X11Exception | UnsatisfiedLinkError e) {
                log.println("input: XTEST unavailable (" + e.getMessage() + "); falling back to java.awt.Robot");
            }
        }
        return new RobotInjector(monitor);
    }

    private static boolean isLinuxLike() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.contains("win") && !os.contains("mac");
    }
}
