package dev.peerdesk.viewer.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.session.HandshakeStep;
import dev.peerdesk.protocol.session.HostHandshake;
import dev.peerdesk.protocol.session.ViewerHandshake;
import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.message.CursorPosition;
import dev.peerdesk.protocol.message.ErrorCode;
import dev.peerdesk.protocol.message.ErrorMessage;
import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.ProtocolException;
import dev.peerdesk.protocol.message.ScreenUpdate;
import dev.peerdesk.protocol.message.SrpClientHello;
import dev.peerdesk.protocol.record.Record;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.record.RecordOpener;
import dev.peerdesk.protocol.record.RecordSealer;
import dev.peerdesk.protocol.record.RecordSession;
import dev.peerdesk.protocol.record.RecordType;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The JVM host side of the browser check, on a loopback HTTP server (port 0): serves the page and
 * the TeaVM-compiled check.js, runs the host's handshake ({@link HostHandshake}) over POST /srp,
 * seals records for the browser (GET /records) and opens the records it sealed back (POST /records).
 */
public final class LoopbackHost implements AutoCloseable {
    /** What each side believes: the browser's view and the host's may differ (a man in the middle). */
    public record Setup(String hostId, String hostPassword, String browserPassword, byte[] hostKey,
            String viewerFpSeenByViewer, String hostFpSeenByViewer,
            String viewerFpSeenByHost, String hostFpSeenByHost, int rounds) {
        public static Setup honest(String password, int rounds) {
            byte[] key = new byte[32];
            new Random(1).nextBytes(key);
            String viewer = "sha-256 0A:1B:2C:3D";
            String host = "sha-256 4E:5F:60:71";
            return new Setup("123456789", password, password, key, viewer, host, viewer, host, rounds);
        }
    }

    private static final HexFormat HEX = HexFormat.of();
    private final HttpServer server;
    private final Path checkJs;
    private final Setup setup;
    private final SrpParameters params = SrpParameters.production(ModArithmetic.JAVA);
    private final SrpVerifier verifier;
    private final byte[] transcript;
    private final SecureRandom random = new SecureRandom();
    private HostHandshake handshake;
    private RecordKeys keys;
    private final List<byte[]> sentPlaintexts = new ArrayList<>();
    private final List<Record> received = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public LoopbackHost(Path checkJs, Setup setup) throws IOException {
        this.checkJs = checkJs;
        this.setup = setup;
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        this.verifier = SrpVerifier.generate(params, salt, ViewerHandshake.IDENTITY, setup.hostPassword());
        this.transcript = ChannelBinding.transcript(ProtocolVersion.CURRENT, setup.hostId(), setup.hostKey(),
                setup.viewerFpSeenByHost(), setup.hostFpSeenByHost());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The record keys once authenticated, else null. */
    public synchronized RecordKeys keys() {
        return keys;
    }

    public synchronized List<byte[]> sentPlaintexts() {
        return new ArrayList<>(sentPlaintexts);
    }

    public synchronized List<Record> received() {
        return new ArrayList<>(received);
    }

    public synchronized List<String> failures() {
        return new ArrayList<>(failures);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (path) {
                case "/" -> reply(exchange, "text/html", page("<script src=\"check.js\"></script>",
                        "main([])"));
                case "/wasm" -> reply(exchange, "text/html", page("<script src=\"wasm/bench.wasm-runtime.js\"></script>",
                        "TeaVM.wasmGC.load('wasm/bench.wasm').then(function (t) { t.exports.main([]); }, function (e) {"
                        + " document.body.setAttribute('data-error', String(e));"
                        + " document.body.setAttribute('data-state', 'failed'); })"));
                case "/check.js" -> reply(exchange, "text/javascript", Files.readAllBytes(checkJs));
                case "/wasm/bench.wasm-runtime.js" -> reply(exchange, "text/javascript", Files.readAllBytes(wasm(path)));
                case "/wasm/bench.wasm" -> reply(exchange, "application/wasm", Files.readAllBytes(wasm(path)));
                case "/params" -> reply(exchange, "text/plain", text(String.join("\n", setup.hostId(),
                        setup.browserPassword(), HEX.formatHex(setup.hostKey()), setup.viewerFpSeenByViewer(),
                        setup.hostFpSeenByViewer(), String.valueOf(setup.rounds()))));
                case "/srp" -> reply(exchange, "text/plain", text(HEX.formatHex(srp(HEX.parseHex(body)))));
                case "/records" -> reply(exchange, "text/plain", text(
                        "GET".equals(exchange.getRequestMethod()) ? sealRecords() : openRecords(body)));
                default -> exchange.sendResponseHeaders(404, -1);
            }
        } catch (RuntimeException | Error | RecordException e) {
            failures.add(e.toString());
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private static byte[] page(String head, String onload) {
        return ("<!DOCTYPE html><html><head><meta charset=utf-8>" + head + "</head><body onload=\"" + onload
                + "\"></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** The WebAssembly GC bench build (mvn -Pbench) sits next to the JS build: target/teavm/wasm. */
    private Path wasm(String path) {
        return checkJs.toAbsolutePath().getParent().resolveSibling("wasm").resolve(path.substring("/wasm/".length()));
    }

    /** One control-channel message of the handshake in, the host's reply out. */
    private byte[] srp(byte[] message) {
        if (handshake == null) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            handshake = new HostHandshake(params, List.of(verifier), transcript, List.of(secret), JcaAesGcm.FACTORY);
        }
        HandshakeStep step = handshake.receive(message);
        if (step.outcome() == HandshakeStep.Outcome.ESTABLISHED) {
            keys = step.session().keys();
        } else if (step.outcome() == HandshakeStep.Outcome.FAILED) {
            failures.add(step.error() + ": " + step.detail());
        }
        return step.reply();
    }

    /** Three records: small frames, text, and one near 64 KiB. */
    private String sealRecords() {
        RecordSealer out = RecordSession.host(keys, JcaAesGcm.FACTORY)
                .sealer(ProtocolCheck.CHANNEL);
        byte[] pixels = new byte[60_000];
        random.nextBytes(pixels);
        byte[][] plaintexts = {
            concat(MessageCodec.encode(new CursorPosition(100, 200, true)),
                    MessageCodec.encode(new ScreenUpdate(1, 1, new byte[] {1, 2, 3}))),
            MessageCodec.encode(new ClipboardText("héllo wörld ✓")),
            MessageCodec.encode(new ScreenUpdate(2, 1, pixels)),
        };
        StringBuilder lines = new StringBuilder();
        for (byte[] p : plaintexts) {
            sentPlaintexts.add(p);
            lines.append(lines.length() == 0 ? "" : "\n").append(HEX.formatHex(out.seal(RecordType.MESSAGES, p)));
        }
        return lines.toString();
    }

    private String openRecords(String body) throws RecordException {
        RecordOpener in = RecordSession.host(keys, JcaAesGcm.FACTORY)
                .opener(ProtocolCheck.CHANNEL, true);
        for (String line : body.split("\n")) {
            received.add(in.open(HEX.parseHex(line)));
        }
        return "ok";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
