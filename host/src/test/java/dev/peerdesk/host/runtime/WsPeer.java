package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.peerdesk.host.signal.ServerTrust;
import dev.peerdesk.protocol.envelope.Envelope;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A blocking test WebSocket (the JDK client): whole texts and binary messages in queues. */
final class WsPeer implements WebSocket.Listener {
    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream bin = new ByteArrayOutputStream();
    private WebSocket ws;

    static WsPeer open(URI uri) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(ServerTrust.context(() -> { })).build();
        WsPeer p = new WsPeer();
        p.ws = http.newWebSocketBuilder().buildAsync(uri, p).get(TestViewer.WAIT, TimeUnit.SECONDS);
        return p;
    }

    @Override
    public void onOpen(WebSocket s) {
        s.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            texts.add(text.toString());
            text.setLength(0);
        }
        s.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket s, ByteBuffer data, boolean last) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        bin.writeBytes(b);
        if (last) {
            binaries.add(bin.toByteArray());
            bin.reset();
        }
        s.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket s, int code, String reason) {
        closed.complete(code);
        return null;
    }

    @Override
    public void onError(WebSocket s, Throwable error) {
        closed.complete(-1);
    }

    void send(JsonObject m) throws Exception {
        ws.sendText(m.toString(), true).get(TestViewer.WAIT, TimeUnit.SECONDS);
    }

    void sendBinary(byte[] b) throws Exception {
        ws.sendBinary(ByteBuffer.wrap(b), true).get(TestViewer.WAIT, TimeUnit.SECONDS);
    }

    JsonObject expect(EnvelopeVerifier v, String kind, String audience) throws Exception {
        String t = texts.poll(TestViewer.WAIT, TimeUnit.SECONDS);
        assertNotNull(t, "no server message in time");
        Envelope e = v.verify(t, audience, System.currentTimeMillis());
        assertEquals(kind, e.kind(), e::body);
        return e.bodyObject();
    }

    byte[] nextBinary() throws InterruptedException {
        byte[] b = binaries.poll(TestViewer.WAIT, TimeUnit.SECONDS);
        assertNotNull(b, "no frame in time");
        return b;
    }

    void abort() {
        if (ws != null) {
            ws.abort();
        }
    }
}
