package dev.peerdesk.protocol.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peerdesk.protocol.envelope.EnvelopeException.Reason;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {
    private static final long NOW = 1_800_000_000_000L;
    private static final long MAX_AGE = 30_000;
    private static final long SKEW = 5_000;
    private static final String AUD = "host:123456789";

    private final BcEd25519 master = new BcEd25519(1);
    private final EnvelopeSealer sealer = new EnvelopeSealer(master);
    private final Random random = new Random(3);

    private byte[] nonce() {
        byte[] n = new byte[Envelope.NONCE_LENGTH];
        random.nextBytes(n);
        return n;
    }

    private Envelope seal(long ts) {
        return sealer.seal("connect-request", AUD, new JsonObject().put("session", "s1"), ts, nonce());
    }

    private EnvelopeVerifier verifier(int capacity) {
        return new EnvelopeVerifier(master, master.publicKey(), MAX_AGE, SKEW, capacity);
    }

    /** The canonical encoding byte for byte: a change here breaks every deployed host and viewer. */
    @Test
    void signedBytesLayout() {
        byte[] nonce = new byte[16];
        for (int i = 0; i < 16; i++) {
            nonce[i] = (byte) i;
        }
        String hex = HexFormat.of().formatHex(Envelope.signedBytes("k", "ab", 0x0102030405060708L, nonce, "{}"));
        assertEquals("506565724465736b2d456e76656c6f7065" // "PeerDesk-Envelope"
                + "01" // version
                + "0001" + "6b" // kind
                + "0002" + "6162" // audience
                + "0102030405060708" // timestamp
                + "10" + "000102030405060708090a0b0c0d0e0f" // nonce
                + "00000002" + "7b7d", hex); // body
    }

    @Test
    void acceptsAFreshEnvelopeThroughTheWire() throws Exception {
        Envelope e = seal(NOW);
        Envelope got = verifier(100).verify(e.toJson(), AUD, NOW + 1000);
        assertEquals(e, got);
        assertEquals("s1", got.bodyObject().string("session"));
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("kind", (UnaryOperator<JsonObject>) o -> o.put("kind", "session")),
                Arguments.of("audience", (UnaryOperator<JsonObject>) o -> o.put("aud", "host:999999999")),
                Arguments.of("timestamp", (UnaryOperator<JsonObject>) o -> o.put("ts", NOW + 1)),
                Arguments.of("nonce", (UnaryOperator<JsonObject>) o -> o.put("nonce", Base64Url.encode(new byte[16]))),
                Arguments.of("body", (UnaryOperator<JsonObject>) o -> o.put("body", "{\"session\":\"s2\"}")),
                Arguments.of("signature", (UnaryOperator<JsonObject>) o -> {
                    byte[] sig = Base64Url.decode((String) o.get("sig"));
                    sig[10] ^= 1;
                    return o.put("sig", Base64Url.encode(sig));
                }));
    }

    @ParameterizedTest(name = "tampered {0}")
    @MethodSource("tamperings")
    void rejectsTampering(String field, UnaryOperator<JsonObject> tamper) throws Exception {
        JsonObject wire = Json.parseObject(seal(NOW).toJson());
        String tampered = tamper.apply(wire).toString();
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> verifier(100).verify(tampered, wire.string("aud"), NOW));
        assertEquals(Reason.BAD_SIGNATURE, e.reason(), field);
    }

    @Test
    void rejectsAnotherSigner() {
        Envelope forged = new EnvelopeSealer(new BcEd25519(2)).seal("k", AUD, "{}", NOW, nonce());
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(EnvelopeException.class,
                () -> verifier(10).verify(forged, AUD, NOW)).reason());
    }

    @Test
    void rejectsWrongAudience() {
        assertEquals(Reason.WRONG_AUDIENCE, assertThrows(EnvelopeException.class,
                () -> verifier(10).verify(seal(NOW), "host:111111111", NOW)).reason());
    }

    @Test
    void rejectsStaleAndFuture() throws Exception {
        EnvelopeVerifier v = verifier(10);
        v.verify(seal(NOW - MAX_AGE), AUD, NOW);
        assertEquals(Reason.STALE, assertThrows(EnvelopeException.class,
                () -> v.verify(seal(NOW - MAX_AGE - 1), AUD, NOW)).reason());
        v.verify(seal(NOW + SKEW), AUD, NOW);
        assertEquals(Reason.FUTURE, assertThrows(EnvelopeException.class,
                () -> v.verify(seal(NOW + SKEW + 1), AUD, NOW)).reason());
    }

    @Test
    void rejectsReplayWhileFreshAndAsStaleAfter() throws Exception {
        EnvelopeVerifier v = verifier(10);
        Envelope e = seal(NOW);
        v.verify(e, AUD, NOW);
        assertEquals(Reason.REPLAYED, assertThrows(EnvelopeException.class, () -> v.verify(e, AUD, NOW + 1)).reason());
        assertEquals(Reason.STALE, assertThrows(EnvelopeException.class,
                () -> v.verify(e, AUD, NOW + MAX_AGE + 1)).reason());
        assertEquals(0, v.remembered(), "memory is released once envelopes are too old anyway");
    }

    /** A full replay memory forgets the oldest nonce, yet that envelope still cannot come back. */
    @Test
    void boundedMemoryNeverLetsAForgottenNonceThrough() throws Exception {
        EnvelopeVerifier v = verifier(3);
        Envelope[] sent = new Envelope[6];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = seal(NOW + i);
            v.verify(sent[i], AUD, NOW + i);
        }
        assertEquals(3, v.remembered());
        for (Envelope e : sent) {
            Reason r = assertThrows(EnvelopeException.class, () -> v.verify(e, AUD, NOW + 6)).reason();
            assertEquals(e.timestamp() <= NOW + 2 ? Reason.STALE : Reason.REPLAYED, r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{}", "{\"v\":2,\"kind\":\"k\",\"aud\":\"\",\"ts\":1,\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"body\":\"{}\",\"sig\":\"\"}",
        "{\"v\":1,\"kind\":\"k\",\"aud\":\"\",\"ts\":1,\"nonce\":\"AAAA\",\"body\":\"{}\",\"sig\":\"\"}",
        "{\"v\":1,\"kind\":\"k\",\"aud\":\"\",\"ts\":\"1\",\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"body\":\"{}\",\"sig\":\"\"}",
        "{\"v\":1,\"kind\":1,\"aud\":\"\",\"ts\":1,\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"body\":\"{}\",\"sig\":\"\"}"})
    void malformedWireFormsAreTyped(String text) {
        assertEquals(Reason.MALFORMED, assertThrows(EnvelopeException.class, () -> Envelope.fromJson(text)).reason());
    }

    /** Seeded mutations of a real envelope: every outcome is a typed refusal, never a crash or a pass. */
    @Test
    void mutatedEnvelopesAreRefusedCleanly() {
        Envelope original = seal(NOW);
        String wire = original.toJson();
        Random r = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder(wire);
            int at = r.nextInt(sb.length());
            sb.setCharAt(at, (char) (32 + r.nextInt(95)));
            String text = sb.toString();
            try {
                verifier(10).verify(text, AUD, NOW);
                accepted++;
                // Only edits that leave the signed content unchanged can pass, e.g. "v":1 -> "v":1.
                Envelope got = Envelope.fromJson(text);
                assertEquals(original.body(), got.body());
                assertEquals(original.audience(), got.audience());
            } catch (EnvelopeException expected) {
                // refused
            } catch (RuntimeException e) {
                fail("unchecked " + e + " on " + text);
            }
        }
        assertEquals(true, accepted < 1000 / 10, "mutations accepted: " + accepted);
    }
}
