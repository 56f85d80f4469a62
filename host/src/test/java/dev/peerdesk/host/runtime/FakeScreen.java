package dev.peerdesk.host.runtime;

import dev.peerdesk.host.capture.CursorShape;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.capture.ScreenCapture;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;
import dev.peerdesk.host.screen.Frame;
import dev.peerdesk.host.screen.Rect;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A screen of a known pattern and an injector that records what it was told. */
final class FakeScreen implements ScreenSource {
    static final int W = 96;
    static final int H = 64;
    final BlockingQueue<InputEvent> injected = new LinkedBlockingQueue<>();
    final BlockingQueue<Monitor> injectorMonitors = new LinkedBlockingQueue<>();

    static int pattern(int x, int y) {
        return ((x * 5) & 0xff) << 16 | ((y * 7) & 0xff) << 8 | ((x ^ y) & 0xff);
    }

    @Override
    public ScreenCapture capture(PrintStream log) {
        return new ScreenCapture() {
            final Monitor m = new Monitor(0, "fake", 0, 0, W, H, true);
            final int[] px = new int[W * H];
            boolean damaged = true;

            {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        px[y * W + x] = pattern(x, y);
                    }
                }
            }

            @Override
            public List<Monitor> monitors() {
                return List.of(m);
            }

            @Override
            public void select(Monitor monitor) {}

            @Override
            public Monitor selected() {
                return m;
            }

            @Override
            public Frame capture() {
                return new Frame(W, H, W, px);
            }

            @Override
            public List<Rect> pollDamage() {
                boolean d = damaged;
                damaged = false;
                return d ? List.of(new Rect(0, 0, W, H)) : List.of();
            }

            @Override
            public Optional<CursorShape> pollCursorShape() {
                return Optional.empty();
            }

            @Override
            public int[] cursorPosition() {
                return new int[] {10, 12};
            }

            @Override
            public String method() {
                return "fake";
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public InputInjector input(Monitor monitor, PrintStream log) {
        injectorMonitors.add(monitor);
        return new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                injected.add(event);
            }

            @Override
            public void releaseAll() {}

            @Override
            public void close() {}
        };
    }
}
