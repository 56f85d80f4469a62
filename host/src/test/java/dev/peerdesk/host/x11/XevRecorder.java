package dev.peerdesk.host.x11;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xev} (x11-utils) as the X client that records what input reached it: its window sits at
 * the top-left of the screen, and its printed KeyPress/ButtonPress blocks are parsed into events.
 */
final class XevRecorder implements AutoCloseable {
    /** One recorded event: "KeyPress"/"KeyRelease"/"ButtonPress"/"ButtonRelease", modifier state, keysym or button. */
    record XEvent(String type, int state, long keysym, int button) {}

    private static final Pattern HEAD = Pattern.compile("^(KeyPress|KeyRelease|ButtonPress|ButtonRelease) event,");
    private static final Pattern KEY = Pattern.compile("state 0x([0-9a-f]+), keycode \\d+ \\(keysym 0x([0-9a-f]+),");
    private static final Pattern BUTTON = Pattern.compile("state 0x([0-9a-f]+), button (\\d+),");

    private final Process process;
    private final List<XEvent> events = new ArrayList<>();
    private boolean ready;

    XevRecorder(String display) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("xev", "-geometry", "400x300+0+0", "-event", "keyboard",
                "-event", "button").redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        process = pb.start();
        Thread reader = new Thread(this::read, "xev-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String type = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher h = HEAD.matcher(line);
                if (line.startsWith("Outer window is")) {
                    synchronized (this) {
                        ready = true;
                        notifyAll();
                    }
                } else if (h.find()) {
                    type = h.group(1);
                } else if (type != null) {
                    Matcher k = KEY.matcher(line);
                    Matcher b = BUTTON.matcher(line);
                    XEvent e = k.find() ? new XEvent(type, Integer.parseInt(k.group(1), 16), Long.parseLong(k.group(2), 16), 0)
                            : b.find() ? new XEvent(type, Integer.parseInt(b.group(1), 16), 0, Integer.parseInt(b.group(2)))
                            : null;
                    if (e != null) {
                        synchronized (this) {
                            events.add(e);
                            notifyAll();
                        }
                        type = null;
                    }
                }
            }
        } catch (IOException ended) {
            // xev was stopped
        }
    }

    synchronized void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ready) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("xev did not start");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Waits until xev's window is mapped and receives input: "Outer window is" is printed before
     * the map completes, so click into it (via XTEST) until a click arrives.
     */
    void awaitInputReady(String display) throws Exception {
        awaitReady();
        try (X11Injector probe = new X11Injector(display,
                new dev.peerdesk.host.capture.Monitor(0, "probe", 0, 0, 400, 300, true))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                int from = size();
                probe.inject(new dev.peerdesk.host.input.InputEvent.PointerMove(100, 100));
                probe.inject(new dev.peerdesk.host.input.InputEvent.PointerButton(1, true));
                probe.inject(new dev.peerdesk.host.input.InputEvent.PointerButton(1, false));
                synchronized (this) {
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                    while (events.subList(from, events.size()).stream().noneMatch(e -> e.type().equals("ButtonRelease"))
                            && System.nanoTime() < until) {
                        TimeUnit.NANOSECONDS.timedWait(this, until - System.nanoTime());
                    }
                    if (events.subList(from, events.size()).stream().anyMatch(e -> e.type().equals("ButtonRelease"))) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("xev's window never received a click");
                }
            }
        }
    }

    /** Waits (bounded) for an event matching {@code p} after index {@code from}; returns its index. */
    synchronized int await(int from, Predicate<XEvent> p, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            for (int i = from; i < events.size(); i++) {
                if (p.test(events.get(i))) {
                    return i;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("xev never saw " + what + "; saw " + events.subList(from, events.size()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized int size() {
        return events.size();
    }

    synchronized List<XEvent> since(int from) {
        return new ArrayList<>(events.subList(from, events.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
