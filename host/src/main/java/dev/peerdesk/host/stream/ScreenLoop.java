package dev.peerdesk.host.stream;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The screen thread of one session: pumps at most {@code maxFps} times a second and idles between
 * steps, so a still screen costs a few damage polls per second and a busy one is paced rather
 * than spun. The first exception ends the loop and goes to {@code onError} (the session then
 * closes with a typed error for the viewer). The pacing sleep is injected so tests need no clock.
 */
public final class ScreenLoop implements Runnable {
    /** Waits between steps; {@code Thread::sleep}-like in production. */
    public interface Pacer {
        void pause(long nanos) throws InterruptedException;
    }

    private final ScreenPump pump;
    private final long stepNanos;
    private final Pacer pacer;
    private final Consumer<Exception> onError;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public ScreenLoop(ScreenPump pump, int maxFps, Pacer pacer, Consumer<Exception> onError) {
        if (maxFps < 1 || maxFps > 240) {
            throw new IllegalArgumentException("maxFps " + maxFps);
        }
        this.pump = pump;
        this.stepNanos = TimeUnit.SECONDS.toNanos(1) / maxFps;
        this.pacer = pacer;
        this.onError = onError;
    }

    public static Pacer sleeping() {
        return nanos -> TimeUnit.NANOSECONDS.sleep(nanos);
    }

    /** Asks the loop to end after the current step. */
    public void stop() {
        running.set(false);
    }

    @Override
    public void run() {
        try {
            while (running.get()) {
                pump.pumpOnce();
                pacer.pause(stepNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            running.set(false);
            onError.accept(e);
        }
    }
}
