package dev.peerdesk.host.signal;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The WebSocket to {@code wss://SERVER/ws/host}, run on one thread that owns the
 * {@link SignalCore}: connects, feeds it every text, sends what it queues, pings so idle
 * timeouts never fire, and reconnects with jittered exponential backoff whenever the connection
 * fails or the server goes away. Events go to {@code listener} on that thread: keep it quick.
 */
public final class SignalingClient implements AutoCloseable {
    static final long PING_MILLIS = 30_000;
    static final int MAX_TEXT = 1 << 20;

    private final URI ws;
    private final HttpClient http;
    private final SignalCore core;
    private final InstantSource clock;
    private final Backoff backoff;
    private final Consumer<SignalEvent> listener;
    private final PrintStream log;
    private final ScheduledExecutorService loop;
    private WebSocket socket;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> pinger;
    private boolean closed;
    private volatile boolean stoppedForGood;

    public SignalingClient(URI server, HttpClient http, SignalCore core, InstantSource clock, Backoff backoff,
            Consumer<SignalEvent> listener, PrintStream log) {
        this.ws = websocketUri(server);
        this.http = http;
        this.core = core;
        this.clock = clock;
        this.backoff = backoff;
        this.listener = listener;
        this.log = log;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "peerdesk-signaling");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code https://host:port[/base]} to {@code wss://host:port[/base]/ws/host}. */
    static URI websocketUri(URI server) {
        String path = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
        return URI.create("wss://" + server.getRawAuthority() + path + "/ws/host");
    }

    public void start() {
        loop.execute(this::connect);
    }

    /** Runs {@code action} with the core on the signaling thread, then sends what it queued. */
    public void withCore(Consumer<SignalCore> action) {
        loop.execute(() -> {
            if (closed) {
                return;
            }
            action.accept(core);
            flush();
        });
    }

    /** True once the server refused this host for good (its key or hardware does not match the ID). */
    public boolean stoppedForGood() {
        return stoppedForGood;
    }

    private void connect() {
        if (closed) {
            return;
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(15)).buildAsync(ws, new Listener())
                .whenComplete((s, e) -> loop.execute(() -> {
                    if (e != null) {
                        log.println("signaling: cannot connect to " + ws + ": " + rootMessage(e));
                        retry();
                    } else if (closed) {
                        s.abort();
                    }
                }));
    }

    /** Runs before any text of {@code s} (the listener posts in order). */
    private void opened(WebSocket s) {
        if (closed) {
            s.abort();
            return;
        }
        socket = s;
        sendChain = CompletableFuture.completedFuture(null);
        core.opened();
        pinger = loop.scheduleAtFixedRate(this::ping, PING_MILLIS, PING_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void ping() {
        WebSocket s = socket;
        if (s != null) {
            sendChain = sendChain.thenCompose(x -> s.sendPing(ByteBuffer.allocate(0))).exceptionally(e -> null);
        }
    }

    private void onText(WebSocket s, String text) {
        if (s != socket) {
            return;
        }
        List<SignalEvent> events;
        try {
            events = core.receive(text, clock.millis());
        } catch (SignalException e) {
            log.println("signaling: " + e.getMessage());
            if (e.permanent()) {
                stoppedForGood = true;
                log.println("signaling: giving up: this host's ID is bound to another key or computer on the "
                        + "server. Use a fresh --data-dir to enroll as a new computer.");
                drop(s, 1008, "refused");
                closed = true;
                return;
            }
            drop(s, 1008, "bad message");
            retry();
            return;
        }
        flush();
        for (SignalEvent ev : events) {
            if (ev instanceof SignalEvent.Online) {
                backoff.reset();
            }
            try {
                listener.accept(ev);
            } catch (RuntimeException bug) {
                log.println("signaling: event handler failed: " + bug);
            }
        }
        flush();
    }

    private void flush() {
        WebSocket s = socket;
        String text;
        while ((text = core.outgoing().poll()) != null) {
            if (s == null) {
                continue; // offline: the session runtime learns from the server's expiry, not from us
            }
            String t = text;
            sendChain = sendChain.thenCompose(x -> s.sendText(t, true)).exceptionally(e -> null);
        }
    }

    private void onGone(WebSocket s, String why) {
        if (s != socket) {
            return;
        }
        drop(s, -1, null);
        if (!closed) {
            log.println("signaling: connection lost (" + why + "); reconnecting");
            retry();
        }
    }

    private void drop(WebSocket s, int code, String reason) {
        if (pinger != null) {
            pinger.cancel(false);
            pinger = null;
        }
        socket = null;
        core.closed();
        if (code > 0) {
            s.sendClose(code, reason).exceptionally(e -> null);
        }
        s.abort();
    }

    private void retry() {
        if (closed) {
            return;
        }
        long wait = backoff.next();
        loop.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            closed = true;
            WebSocket s = socket;
            if (s != null) {
                flush();
                drop(s, 1000, "host stopping");
            }
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // stopping anyway
        }
        loop.shutdownNow();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket s) {
            loop.execute(() -> opened(s));
            s.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
            if (partial.length() + data.length() > MAX_TEXT) {
                partial.setLength(0);
                loop.execute(() -> onGone(s, "oversized message"));
                return null;
            }
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                loop.execute(() -> SignalingClient.this.onText(s, text));
            }
            s.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket s, ByteBuffer data, boolean last) {
            loop.execute(() -> onGone(s, "binary frame from the server"));
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket s, int code, String reason) {
            loop.execute(() -> onGone(s, "closed " + code + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket s, Throwable error) {
            loop.execute(() -> onGone(s, rootMessage(error)));
        }
    }
}
