package dev.peerdesk.host.runtime;

import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeException;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.protocol.session.SessionChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session's transport through the signaling server's HTTPS tunnel ({@code /ws/tunnel}): one
 * binary WebSocket frame per data-channel message, prefixed with its channel id. It presents the
 * host's single-use token, waits for the server's signed {@code tunnel-ready}, then carries
 * exactly the bytes the data channels would have (SRP frames, then sealed records), so
 * {@link HostSession} runs unchanged above it. Sends are chained (one in flight, in order) and a
 * backlog beyond {@link #MAX_BACKLOG} fails the send instead of growing the heap.
 */
final class TunnelLink implements SessionLink, WebSocket.Listener {
    /** What the link tells its session. */
    interface Receiver {
        void onMessage(SessionChannel channel, byte[] message);

        void closed(String reason);
    }

    static final int MAX_FRAME = 1 + 262_144;
    static final long MAX_BACKLOG = 32L << 20;
    static final long CLOSE_WAIT_MILLIS = 2_000;

    private final String hello;
    private final String audience;
    private final EnvelopeVerifier verifier;
    private final Receiver receiver;
    private final AtomicLong backlog = new AtomicLong();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<Void> closedByServer = new CompletableFuture<>();
    private CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
    private volatile WebSocket ws;
    private volatile boolean ready;
    private volatile boolean closing;
    private volatile boolean ended;

    TunnelLink(String session, String token, String hostId, EnvelopeVerifier verifier, Receiver receiver) {
        this.hello = new JsonObject().put("type", "tunnel-hello").put("session", session).put("role", "host")
                .put("token", token).toString();
        this.audience = "host:" + hostId;
        this.verifier = verifier;
        this.receiver = receiver;
    }

    /** The dial failed or finished; called once with the socket or the error. */
    void dialed(WebSocket s, Throwable error) {
        if (error != null) {
            end("cannot reach the tunnel: " + error.getMessage());
        } else if (closing) {
            s.abort();
        }
    }

    @Override
    public void onOpen(WebSocket s) {
        ws = s;
        enqueue(() -> s.sendText(hello, true));
        s.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
        if (text.length() + data.length() > 4096) {
            end("oversized text from the server");
            s.abort();
            return null;
        }
        text.append(data);
        if (last) {
            String t = text.toString();
            text.setLength(0);
            serverText(t);
        }
        s.request(1);
        return null;
    }

    private void serverText(String t) {
        try {
            Envelope e;
            synchronized (verifier) {
                e = verifier.verify(t, audience, System.currentTimeMillis());
            }
            JsonObject body = e.bodyObject();
            if ("tunnel-ready".equals(e.kind())) {
                ready = true;
            } else if ("error".equals(e.kind())) {
                end("server refused the tunnel: " + body.string("code"));
            }
        } catch (EnvelopeException | JsonException | IllegalArgumentException bad) {
            end("unverifiable server message on the tunnel: " + bad.getMessage());
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket s, ByteBuffer data, boolean last) {
        if (partial.size() + data.remaining() > MAX_FRAME) {
            end("oversized tunnel frame");
            s.abort();
            return null;
        }
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partial.writeBytes(chunk);
        if (last) {
            byte[] frame = partial.toByteArray();
            partial.reset();
            SessionChannel ch = frame.length < 2 ? null : channel(frame[0]);
            if (!ready || ch == null) {
                end("bad tunnel frame");
                s.abort();
                return null;
            }
            receiver.onMessage(ch, Arrays.copyOfRange(frame, 1, frame.length));
        }
        s.request(1);
        return null;
    }

    private static SessionChannel channel(byte id) {
        for (SessionChannel c : SessionChannel.values()) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket s, int code, String reason) {
        closedByServer.complete(null);
        end("tunnel closed " + code + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket s, Throwable error) {
        closedByServer.complete(null);
        end("tunnel failed: " + error.getMessage());
    }

    private void end(String reason) {
        if (!ended) {
            ended = true;
            receiver.closed(reason);
        }
    }

    @Override
    public void send(SessionChannel channel, byte[] message) throws IOException {
        WebSocket s = ws;
        if (!ready || closing || ended || s == null) {
            throw new IOException("the tunnel is not open");
        }
        if (backlog.get() > MAX_BACKLOG) {
            throw new IOException("the tunnel is not draining");
        }
        ByteBuffer frame = ByteBuffer.allocate(1 + message.length).put((byte) channel.id()).put(message).flip();
        int n = frame.remaining();
        backlog.addAndGet(n);
        enqueue(() -> s.sendBinary(frame, true).whenComplete((x, e) -> backlog.addAndGet(-n)));
    }

    private synchronized void enqueue(java.util.function.Supplier<CompletableFuture<?>> send) {
        // A failed send leaves the chain usable: the socket's close reaches us through onClose/onError.
        chain = chain.thenCompose(x -> send.get()).exceptionally(e -> null);
    }

    /** Sends what is queued, then the close; waits (bounded) for the server's close before dropping TCP. */
    @Override
    public void close(Runnable after) {
        if (closing) {
            return;
        }
        closing = true;
        ended = true;
        WebSocket s = ws;
        if (s == null) {
            after.run();
            return;
        }
        CompletableFuture<?> queued;
        synchronized (this) {
            queued = chain;
        }
        queued.thenCompose(x -> s.sendClose(WebSocket.NORMAL_CLOSURE, "session over"))
                .thenCompose(x -> closedByServer)
                .orTimeout(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                .whenComplete((x, e) -> {
                    s.abort();
                    after.run();
                });
    }
}
