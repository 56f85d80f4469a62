package dev.peerdesk.viewer.app;

import java.util.ArrayDeque;

/**
 * The viewer's one worker (a TeaVM green thread). Browser callbacks only post work here; the work
 * itself may suspend on promises (WebCrypto, createOffer, getStats through @Async), which is only
 * allowed on a TeaVM thread, and runs strictly in arrival order, which the ordered record layer
 * needs. The lock is never held across a suspension, so a callback never finds it taken.
 */
final class EventLoop {
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    void start() {
        new Thread(this::run, "viewer").start();
    }

    void post(Runnable task) {
        synchronized (queue) {
            queue.add(task);
            queue.notifyAll();
        }
    }

    private void run() {
        while (true) {
            Runnable task;
            synchronized (queue) {
                while (queue.isEmpty()) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                task = queue.poll();
            }
            try {
                task.run();
            } catch (Throwable t) {
                Dom.log("error " + t);
            }
        }
    }
}
