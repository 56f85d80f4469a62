package dev.peerdesk.host.clipboard;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.ClipboardOwner;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.util.Objects;
import dev.peerdesk.host.x11.X11Exception;
import dev.peerdesk.host.x11.X11SelectionWatch;

/**
 * The system clipboard through java.awt.datatransfer: on X11 the CLIPBOARD selection of the
 * display AWT opened, which is always {@code $DISPLAY} (read once by the toolkit). A host told to
 * share another display would otherwise move text to and from the wrong screen, so that is refused.
 * While we own the selection, AWT's toolkit thread answers other applications' paste requests.
 * Where the X server has XFIXES, the text is transferred only after the selection changed.
 */
public final class AwtClipboard implements TextClipboard {
    // One owner for every text we set: losing ownership needs no action (the next poll sees the change).
    private static final ClipboardOwner OWNER = (clipboard, contents) -> { };

    private final Clipboard clipboard;
    /** Null where XFIXES is missing: then every read asks the owner for its text. */
    private final X11SelectionWatch watch;
    private boolean stale = true;
    private String last;

    private AwtClipboard(Clipboard clipboard, X11SelectionWatch watch) {
        this.clipboard = clipboard;
        this.watch = watch;
    }

    /** The clipboard of {@code display} (null: $DISPLAY). */
    public static AwtClipboard forDisplay(String display) throws ClipboardException {
        String env = System.getenv("DISPLAY");
        if (display != null && !Objects.equals(normalize(display), normalize(env))) {
            throw new ClipboardException("the clipboard is that of $DISPLAY (" + env + "), not of the shared display "
                    + display + ": start the host with DISPLAY=" + display, false);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new ClipboardException("no display for the clipboard (headless JVM"
                    + (env == null ? ", $DISPLAY is not set" : "") + ")", false);
        }
        Clipboard system;
        try {
            system = Toolkit.getDefaultToolkit().getSystemClipboard();
        } catch (HeadlessException | AWTError e) {
            throw new ClipboardException("no system clipboard: " + e.getMessage(), false);
        }
        return new AwtClipboard(system, watch(display));
    }

    private static X11SelectionWatch watch(String display) {
        try {
            return X11SelectionWatch.open(display, "CLIPBOARD");
        } catch (X11Exception | UnsatisfiedLinkError e) {
            return null;
        }
    }

    @Override
    public String how() {
        return watch != null ? "XFIXES tells when the X clipboard changes" : "no XFIXES: the text is read at every poll";
    }

    /** ":1", ":1.0" and "unix:1" name the same display. */
    static String normalize(String display) {
        if (display == null) {
            return null;
        }
        String d = display.startsWith("unix:") ? display.substring(4) : display;
        return d.endsWith(".0") ? d.substring(0, d.length() - 2) : d;
    }

    /** The text; transferred from the owner only after the selection changed (or a read failed). */
    @Override
    public String read() throws ClipboardException {
        if (watch != null && !watch.changed() && !stale) {
            return last;
        }
        stale = true; // until a read succeeds: a failed one is retried even without a new event
        last = readNow();
        stale = false;
        return last;
    }

    private String readNow() throws ClipboardException {
        try {
            Transferable t = clipboard.getContents(null);
            if (t == null || !t.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                return null;
            }
            return (String) t.getTransferData(DataFlavor.stringFlavor);
        } catch (IllegalStateException | IOException e) {
            // Another thread or application holds the clipboard, or its owner did not answer in time.
            throw new ClipboardException("clipboard busy: " + e.getMessage(), true);
        } catch (UnsupportedFlavorException e) {
            return null; // the owner changed between the two calls; the next poll reads the new one
        }
    }

    @Override
    public void write(String text) throws ClipboardException {
        try {
            clipboard.setContents(new StringSelection(text), OWNER);
        } catch (IllegalStateException e) {
            throw new ClipboardException("clipboard busy: " + e.getMessage(), true);
        }
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
    }
}
