package dev.peerdesk.host.x11;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.IntByReference;

/**
 * Tells when an X selection (the CLIPBOARD) may hold something new: XFIXES reports every
 * XSetSelectionOwner on it (also an application re-taking it for a new copy) and the owner going
 * away. A clipboard poll then transfers the text only after such an event, instead of asking the
 * owning application for the whole text at every poll. Own X connection, used by one thread.
 */
public final class X11SelectionWatch implements AutoCloseable {
    private final X11Display x;
    private final int notifyEvent;
    private final Memory event = new Memory(XlibExtra.XEVENT_SIZE);

    private X11SelectionWatch(X11Display x, int notifyEvent) {
        this.x = x;
        this.notifyEvent = notifyEvent;
    }

    /** Watches {@code selection} (like "CLIPBOARD") on {@code display} (null: $DISPLAY). */
    public static X11SelectionWatch open(String display, String selection) throws X11Exception {
        X11Display x = X11Display.open(display);
        try {
            IntByReference base = new IntByReference();
            IntByReference errorBase = new IntByReference();
            if (!XFixesLib.INSTANCE.XFixesQueryExtension(x.display, base, errorBase)) {
                throw new X11Exception("the X server has no XFIXES extension");
            }
            NativeLong atom = new NativeLong(X11Display.X.XInternAtom(x.display, selection, false).longValue());
            XFixesLib.INSTANCE.XFixesSelectSelectionInput(x.display, x.root, atom,
                    new NativeLong(XFixesLib.SELECTION_ANY_NOTIFY_MASK));
            int error = x.syncAndTakeError();
            if (error != 0) {
                throw new X11Exception("XFixesSelectSelectionInput failed (X error " + Integer.toHexString(error) + ")");
            }
            return new X11SelectionWatch(x, base.getValue() + XFixesLib.SELECTION_NOTIFY);
        } catch (X11Exception | RuntimeException | UnsatisfiedLinkError e) {
            x.close();
            throw e instanceof X11Exception xe ? xe : new X11Exception("XFIXES selection events unavailable: " + e);
        }
    }

    /** Whether the selection changed owner since the last call (drains the events; never blocks). */
    public boolean changed() {
        boolean changed = false;
        while (XlibExtra.INSTANCE.XPending(x.display) > 0) {
            XlibExtra.INSTANCE.XNextEvent(x.display, event);
            if (event.getInt(0) == notifyEvent) {
                changed = true;
            }
        }
        return changed;
    }

    @Override
    public void close() {
        x.close();
    }
}
