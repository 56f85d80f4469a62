package dev.peerdesk.host.runtime;

import dev.peerdesk.host.clipboard.ClipboardException;
import dev.peerdesk.host.clipboard.TextClipboard;
import dev.peerdesk.protocol.clipboard.ClipboardState;
import dev.peerdesk.protocol.message.ClipboardText;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One session's clipboard sync (sessions with the clipboard permission only). A thread polls the
 * shared computer's clipboard text every {@link #POLL_NANOS} and sends each change to the viewer:
 * X11 has no "text changed" event that AWT passes on (its flavor listener fires only when the
 * offered formats change), and reading may wait on a slow owner application, so the reads stay
 * off the transport thread. The viewer's text is set at once on the transport thread (taking
 * ownership of an X selection is one quick request): the viewer sends it just before the Ctrl+V
 * that pastes it, and that key must find the new text. {@link ClipboardState} decides what to send
 * or set, so a text we set never bounces back; a read that raced with a set is dropped.
 */
final class ClipboardSync {
    static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    interface Opener {
        TextClipboard open() throws ClipboardException;
    }

    interface Sink {
        void send(ClipboardText m) throws IOException;
    }

    private final String session;
    private final Opener opener;
    private final Sink sink;
    private final PrintStream log;
    private final Object lock = new Object();
    private volatile boolean running = true;
    private Thread thread;
    // Under lock: the clipboard and state once opened, the viewer's text until it is set.
    private TextClipboard clipboard;
    private ClipboardState state;
    private ClipboardText early;
    private String unapplied;
    private long sets;
    private String lastProblem;

    ClipboardSync(String session, Opener opener, Sink sink, PrintStream log) {
        this.session = session;
        this.opener = opener;
        this.sink = sink;
        this.log = log;
    }

    void start() {
        thread = new Thread(this::run, "peerdesk-clipboard-" + session);
        thread.setDaemon(true);
        thread.start();
    }

    /** The viewer's text, after the permission check: set now (or once the clipboard is open). */
    void fromViewer(ClipboardText m) {
        synchronized (lock) {
            if (!running) {
                return;
            }
            if (state == null) {
                early = m; // the thread is still opening the clipboard; a newer text supersedes
                return;
            }
            if (state.remote(m) instanceof ClipboardState.Apply a) {
                unapplied = a.text();
                sets++;
                applyLocked();
            }
        }
    }

    /** Waits up to {@code millis} for the thread to have let go of the display (after {@link #stop}). */
    void awaitStopped(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(millis);
        }
    }

    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private void run() {
        try {
            TextClipboard c = opener.open();
            synchronized (lock) {
                clipboard = c;
            }
            log.println("session " + session + ": clipboard sync on (" + c.how() + ")");
            // What the clipboard holds as the session starts stays here: only changes are sent.
            String initial;
            try {
                initial = c.read();
            } catch (ClipboardException e) {
                if (!e.isTransient()) {
                    throw e;
                }
                initial = null; // busy now: what it holds counts as new once it can be read
            }
            synchronized (lock) {
                state = new ClipboardState(initial, ClipboardState.maxTextBytes());
                if (early != null) {
                    ClipboardText first = early;
                    early = null;
                    fromViewer(first);
                }
            }
            while (running && poll()) {
                LockSupport.parkNanos(this, POLL_NANOS);
            }
        } catch (ClipboardException e) {
            off(e);
        } catch (IOException e) {
            // The session is over; nothing more to send.
        } finally {
            synchronized (lock) {
                running = false;
                if (clipboard != null) {
                    clipboard.close();
                }
            }
        }
    }

    /** One poll: retry a refused set, else read and send a change. False once sync is off. */
    private boolean poll() throws IOException {
        long before;
        synchronized (lock) {
            if (unapplied != null && !applyLocked()) {
                return running;
            }
            before = sets;
        }
        String text;
        try {
            text = clipboard.read();
        } catch (ClipboardException e) {
            return problem(e);
        }
        ClipboardState.Decision d;
        synchronized (lock) {
            if (sets != before || !running) {
                return running; // the viewer's text was set meanwhile: this read may predate it
            }
            lastProblem = null;
            d = state.local(text);
        }
        if (d instanceof ClipboardState.Send s) {
            sink.send(s.message());
        } else if (d instanceof ClipboardState.TooLarge t) {
            log.println("session " + session + ": clipboard text of " + t.bytes() + " bytes not sent (the limit is "
                    + t.limit() + ")");
        }
        return running;
    }

    /** Under lock: sets the viewer's text; false if the clipboard refused (retried at the next poll). */
    private boolean applyLocked() {
        try {
            clipboard.write(unapplied);
            unapplied = null;
            return true;
        } catch (ClipboardException e) {
            problem(e);
            return false;
        }
    }

    /** Says a transient problem once (retried at every poll); a lasting one turns sync off. */
    private boolean problem(ClipboardException e) {
        if (!e.isTransient()) {
            off(e);
            return false;
        }
        synchronized (lock) {
            if (!e.getMessage().equals(lastProblem)) {
                lastProblem = e.getMessage();
                log.println("session " + session + ": clipboard: " + e.getMessage());
            }
        }
        return true;
    }

    private void off(ClipboardException e) {
        running = false;
        log.println("session " + session + ": clipboard sync off: " + e.getMessage());
    }
}
