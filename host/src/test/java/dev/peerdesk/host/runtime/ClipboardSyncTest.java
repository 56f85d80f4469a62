package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.clipboard.ClipboardException;
import dev.peerdesk.host.clipboard.TextClipboard;
import dev.peerdesk.protocol.message.ClipboardText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The clipboard thread against an in-memory clipboard: what reaches the viewer and the clipboard. */
class ClipboardSyncTest {
    /** A clipboard other applications change by {@link #copy}; fails on demand. */
    static final class MemoryClipboard implements TextClipboard {
        volatile String text;
        volatile ClipboardException failNext;
        final BlockingQueue<String> writes = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> reads = new LinkedBlockingQueue<>();

        MemoryClipboard(String text) {
            this.text = text;
        }

        void copy(String t) {
            text = t;
        }

        @Override
        public String read() throws ClipboardException {
            ClipboardException f = failNext;
            failNext = null;
            reads.add(true);
            if (f != null) {
                throw f;
            }
            return text;
        }

        @Override
        public void write(String t) throws ClipboardException {
            ClipboardException f = failNext;
            if (f != null) {
                failNext = null;
                throw f;
            }
            text = t;
            writes.add(t);
        }
    }

    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    private ClipboardSync sync;

    private ClipboardSync start(TextClipboard clipboard) {
        sync = new ClipboardSync("s1", () -> clipboard, m -> sent.add(m.text()), log);
        sync.start();
        return sync;
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.stop();
        }
    }

    /** Waits for {@code n} more reads: proof that the thread went round its loop. */
    private static void polls(MemoryClipboard c, int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            assertTrue(c.reads.poll(10, TimeUnit.SECONDS) != null, "the clipboard thread stopped polling");
        }
    }

    @Test
    void hostChangesReachTheViewerOnceAndTheStartingTextStays() throws Exception {
        MemoryClipboard c = new MemoryClipboard("before the session");
        start(c);
        polls(c, 2);
        assertNull(sent.poll());
        c.copy("copied on the host");
        assertEquals("copied on the host", sent.poll(10, TimeUnit.SECONDS));
        polls(c, 3);
        assertNull(sent.poll(), "an unchanged clipboard is not resent");
    }

    @Test
    void theViewersTextIsSetAndNotEchoed() throws Exception {
        MemoryClipboard c = new MemoryClipboard(null);
        start(c);
        polls(c, 2); // the first read is the baseline; after the second the sync is open
        sync.fromViewer(new ClipboardText("pasted in the browser"));
        // Set before fromViewer returns: the Ctrl+V the viewer sends next must paste it.
        assertEquals("pasted in the browser", c.writes.poll());
        polls(c, 3);
        assertNull(sent.poll(), "the text we set must not bounce back");
        c.copy("then copied on the host");
        assertEquals("then copied on the host", sent.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aTextFromTheViewerBeforeTheClipboardOpenedIsSetOnceItIs() throws Exception {
        MemoryClipboard c = new MemoryClipboard("host text");
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        sync = new ClipboardSync("s3", () -> {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new ClipboardException("interrupted", false);
            }
            return c;
        }, m -> sent.add(m.text()), log);
        sync.start();
        sync.fromViewer(new ClipboardText("early"));
        open.countDown();
        assertEquals("early", c.writes.poll(10, TimeUnit.SECONDS));
        polls(c, 3);
        assertNull(sent.poll());
    }

    @Test
    void aBusyClipboardIsRetriedAndTheViewersTextStillArrives() throws Exception {
        MemoryClipboard c = new MemoryClipboard("x");
        start(c);
        polls(c, 1);
        c.failNext = new ClipboardException("clipboard busy: held", true);
        sync.fromViewer(new ClipboardText("retried"));
        assertEquals("retried", c.writes.poll(10, TimeUnit.SECONDS));
        polls(c, 2);
        assertNull(sent.poll(), "neither the old text nor ours goes back to the viewer");
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("clipboard busy: held"));
    }

    @Test
    void aClipboardThatCannotOpenTurnsSyncOffAndSaysWhy() throws Exception {
        BlockingQueue<Thread> opened = new LinkedBlockingQueue<>();
        sync = new ClipboardSync("s2", () -> {
            opened.add(Thread.currentThread());
            throw new ClipboardException("no display for the clipboard (headless JVM)", false);
        }, m -> sent.add(m.text()), log);
        sync.start();
        Thread t = opened.poll(10, TimeUnit.SECONDS);
        t.join(10_000);
        assertTrue(!t.isAlive(), "the clipboard thread ends");
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("clipboard sync off: no display"));
    }

    @Test
    void aTextTooLargeForOneRecordIsNotSentAndSaidOnce() throws Exception {
        MemoryClipboard c = new MemoryClipboard(null);
        start(c);
        polls(c, 1);
        c.copy("x".repeat(ClipboardText.MAX_BYTES));
        polls(c, 4);
        assertNull(sent.poll());
        String out = logBytes.toString(StandardCharsets.UTF_8);
        assertEquals(out.indexOf("not sent"), out.lastIndexOf("not sent"), out);
        assertTrue(out.contains("clipboard text of 1048576 bytes not sent"), out);
    }
}
