package dev.peerdesk.signaling.broker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.envelope.EnvelopeSealer;
import dev.peerdesk.protocol.envelope.EnvelopeVerifier;
import dev.peerdesk.protocol.envelope.HostProof;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.crypto.Ed25519;
import dev.peerdesk.signaling.metrics.Metrics;
import dev.peerdesk.signaling.store.HostRecord;
import dev.peerdesk.signaling.store.HostRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the sans-IO broker: valid traffic mutated at random, from many connections, on
 * a moving clock. Nothing may escape as an exception, and every frame out must be an envelope that
 * verifies under the master key.
 */
class BrokerFuzzTest {
    static final class MemoryRegistry implements HostRegistry {
        final Map<String, HostRecord> byId = new HashMap<>();

        @Override
        public Optional<HostRecord> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<HostRecord> findByKey(byte[] key) {
            return byId.values().stream().filter(h -> h.keyMatches(key)).findFirst();
        }

        @Override
        public boolean insert(HostRecord h) {
            return byId.putIfAbsent(h.id(), h) == null;
        }

        @Override
        public int size() {
            return byId.size();
        }

        @Override
        public void close() {}
    }

    @Test
    void mutatedTrafficNeverCrashesTheBroker() throws Exception {
        long brokered = 0;
        for (long seed = 1; seed <= 8; seed++) {
            brokered += run(seed);
        }
        // The fuzzer must reach the deep states (a host online, sessions brokered), not just the parser.
        assertTrue(brokered > 0, "no session was ever brokered");
    }

    private long run(long seed) throws Exception {
        Random r = new Random(seed);
        Ed25519 master = new Ed25519(new byte[32]);
        Metrics metrics = new Metrics();
        Broker b = new Broker(BrokerConfig.defaults().withTurn("s", List.of("turn:x"), List.of("stun:x"), 600),
                new MemoryRegistry(), new EnvelopeSealer(master), Ed25519.VERIFIER, r, metrics);
        EnvelopeVerifier check = new EnvelopeVerifier(Ed25519.VERIFIER, master.publicKey(), Long.MAX_VALUE / 4, 0,
                1 << 20);
        Ed25519 hostKey = new Ed25519(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
            19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        String fp = "fingerprint-fingerprint";
        long now = 1_000;
        List<String> corpus = new ArrayList<>();
        Map<Long, byte[]> challenges = new HashMap<>();
        String hostId = null;
        for (int step = 0; step < 2000; step++) {
            now += r.nextInt(r.nextInt(50) == 0 ? 40_000 : 300);
            long conn = 1 + r.nextInt(12);
            List<Action> out;
            int what = r.nextInt(20);
            if (what == 0) {
                out = b.opened(conn, r.nextBoolean() ? Role.HOST : Role.VIEWER, "198.18.0." + conn, now);
            } else if (what == 1) {
                out = b.closed(conn, now);
            } else if (what == 2) {
                out = b.tick(now);
            } else if (what <= 4 && challenges.containsKey(conn)) {
                byte[] proof = HostProof.hello(challenges.remove(conn), hostId == null ? "" : hostId, fp, hostKey.publicKey());
                JsonObject hello = new JsonObject().put("type", "hello").put("key", Base64Url.encode(hostKey.publicKey()))
                        .put("fingerprint", fp).put("sig", Base64Url.encode(hostKey.sign(proof)));
                if (hostId != null) {
                    hello.put("id", hostId);
                }
                out = b.received(conn, hello.toString(), now);
            } else {
                String text = corpus.isEmpty() || r.nextInt(4) == 0 ? seedMessage(r, hostId) : corpus.get(r.nextInt(corpus.size()));
                out = b.received(conn, mutate(r, text), now);
                if (corpus.size() < 200) {
                    corpus.add(text);
                }
            }
            for (Action a : out) {
                if (a instanceof Action.Send s) {
                    var e = check.verifySignature(dev.peerdesk.protocol.envelope.Envelope.fromJson(s.text()));
                    JsonObject body = e.bodyObject();
                    if (e.kind().equals("challenge")) {
                        challenges.put(s.conn(), Base64Url.decode(body.string("challenge")));
                    } else if (e.kind().equals("id-certificate")) {
                        hostId = body.string("id");
                    }
                }
            }
        }
        assertTrue(b.activeSessions() >= 0);
        return metrics.sessionsBrokered();
    }

    private static String seedMessage(Random r, String hostId) {
        String id = hostId == null ? "123456789" : hostId;
        String[] seeds = {
            "{\"type\":\"connect\",\"id\":\"" + id + "\",\"session\":\"session-session-" + r.nextInt(5) + "\"}",
            "{\"type\":\"offer\",\"session\":\"session-session-" + r.nextInt(5) + "\",\"sdp\":\"v=0\"}",
            "{\"type\":\"answer\",\"session\":\"session-session-" + r.nextInt(5) + "\",\"sdp\":\"v=0\"}",
            "{\"type\":\"candidate\",\"session\":\"session-session-" + r.nextInt(5) + "\",\"candidate\":\"c\",\"sdpMLineIndex\":0}",
            "{\"type\":\"bye\",\"session\":\"session-session-" + r.nextInt(5) + "\"}",
            "{\"type\":\"reject\",\"session\":\"session-session-" + r.nextInt(5) + "\",\"reason\":\"busy\"}",
            "{\"type\":\"auth-result\",\"session\":\"session-session-1\",\"ok\":false,\"sig\":\"" + Base64Url.encode(new byte[64]) + "\"}",
            "{\"type\":\"hello\",\"key\":\"" + Base64Url.encode(new byte[32]) + "\",\"fingerprint\":\"abcdefghijklmnop\",\"sig\":\"" + Base64Url.encode(new byte[64]) + "\"}",
        };
        return seeds[r.nextInt(seeds.length)];
    }

    private static String mutate(Random r, String text) {
        if (r.nextInt(3) == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "{}[]\",:0a-\\".charAt(r.nextInt(11)));
                default -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
            }
        }
        return sb.toString();
    }
}
