package dev.peerdesk.host.runtime;

import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.capture.Platform;
import dev.peerdesk.host.clipboard.AwtClipboard;
import dev.peerdesk.host.clipboard.ClipboardException;
import dev.peerdesk.host.clipboard.TextClipboard;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.input.InputInjector;
import java.io.PrintStream;

/** Opens the screen and the input of one session (each session gets its own X connections). */
public interface ScreenSource {
    ScreenCapture capture(PrintStream log) throws Exception;

    InputInjector input(Monitor monitor, PrintStream log) throws Exception;

    /** The text clipboard of the same display (sessions with the clipboard permission only). */
    default TextClipboard clipboard() throws ClipboardException {
        return AwtClipboard.forDisplay(null);
    }

    /** X11 through JNA on {@code display} (null: $DISPLAY), java.awt.Robot elsewhere. */
    static ScreenSource forDisplay(String display) {
        return new ScreenSource() {
            @Override
            public ScreenCapture capture(PrintStream log) throws Exception {
                return Platform.capture(display, log);
            }

            @Override
            public InputInjector input(Monitor monitor, PrintStream log) throws Exception {
                return Platform.input(display, monitor, log);
            }

            @Override
            public TextClipboard clipboard() throws ClipboardException {
                return AwtClipboard.forDisplay(display);
            }
        };
    }
}
