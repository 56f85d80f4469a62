package dev.peerdesk.protocol.envelope;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A message the signaling server originates, signed with its Ed25519 master key.
 *
 * <p>Wire form (one WebSocket text frame):
 * <pre>
 * {"v":1,"kind":"connect-request","aud":"host:123456789","ts":1732300000000,
 *  "nonce":"&lt;16 bytes base64url&gt;","body":"&lt;JSON text&gt;","sig":"&lt;64 bytes base64url&gt;"}
 * </pre>
 * The body is carried as a JSON <em>string</em> so the signature covers its exact bytes and no
 * canonical JSON is needed. The signature covers this canonical encoding (big-endian lengths):
 * <pre>
 * "PeerDesk-Envelope" | u8 version=1
 * | u16 len | kind (UTF-8) | u16 len | aud (UTF-8)
 * | u64 ts (ms since epoch) | u8 16 | nonce
 * | u32 len | body (UTF-8)
 * </pre>
 * Every variable field is length-prefixed, so no two envelopes share signed bytes. {@code kind}
 * says what the body is, {@code aud} whom it is for (a receiver refuses envelopes addressed to
 * another), {@code ts} and {@code nonce} make staleness and replay detectable.
 */
public final class Envelope {
    public static final int VERSION = 1;
    public static final int NONCE_LENGTH = 16;
    /** Bounds that keep the length prefixes honest; real kinds and audiences are far shorter. */
    public static final int MAX_LABEL_LENGTH = 256;

    private static final byte[] CONTEXT = "PeerDesk-Envelope".getBytes(StandardCharsets.UTF_8);

    private final String kind;
    private final String audience;
    private final long timestamp;
    private final byte[] nonce;
    private final String body;
    private final byte[] signature;

    public Envelope(String kind, String audience, long timestamp, byte[] nonce, String body, byte[] signature) {
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce must be " + NONCE_LENGTH + " bytes");
        }
        if (utf8(kind).length > MAX_LABEL_LENGTH || utf8(audience).length > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("kind or audience too long");
        }
        this.kind = kind;
        this.audience = audience;
        this.timestamp = timestamp;
        this.nonce = nonce.clone();
        this.body = body;
        this.signature = signature.clone();
    }

    /** The bytes the signature covers (see the class comment). */
    public static byte[] signedBytes(String kind, String audience, long timestamp, byte[] nonce, String body) {
        byte[] k = utf8(kind);
        byte[] a = utf8(audience);
        byte[] b = utf8(body);
        byte[] out = new byte[CONTEXT.length + 1 + 2 + k.length + 2 + a.length + 8 + 1 + nonce.length + 4 + b.length];
        int p = 0;
        System.arraycopy(CONTEXT, 0, out, p, CONTEXT.length);
        p += CONTEXT.length;
        out[p++] = VERSION;
        p = putLength(out, p, k.length, 2);
        System.arraycopy(k, 0, out, p, k.length);
        p += k.length;
        p = putLength(out, p, a.length, 2);
        System.arraycopy(a, 0, out, p, a.length);
        p += a.length;
        p = putLength(out, p, timestamp, 8);
        out[p++] = (byte) nonce.length;
        System.arraycopy(nonce, 0, out, p, nonce.length);
        p += nonce.length;
        p = putLength(out, p, b.length, 4);
        System.arraycopy(b, 0, out, p, b.length);
        return out;
    }

    public byte[] signedBytes() {
        return signedBytes(kind, audience, timestamp, nonce, body);
    }

    /** Parses the wire form; checks shape and lengths only (the verifier checks the rest). */
    public static Envelope fromJson(String text) throws EnvelopeException {
        try {
            return fromJson(Json.parseObject(text));
        } catch (JsonException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, e.getMessage());
        }
    }

    public static Envelope fromJson(JsonObject o) throws EnvelopeException {
        try {
            if (o.longValue("v") != VERSION) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "unknown envelope version");
            }
            String kind = o.string("kind");
            String aud = o.string("aud");
            if (utf8(kind).length > MAX_LABEL_LENGTH || utf8(aud).length > MAX_LABEL_LENGTH) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "kind or aud too long");
            }
            return new Envelope(kind, aud, o.longValue("ts"), o.bytes("nonce", NONCE_LENGTH), o.string("body"),
                    o.bytes("sig", SignatureVerifier.SIGNATURE_LENGTH));
        } catch (JsonException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, e.getMessage());
        }
    }

    public JsonObject toJsonObject() {
        return new JsonObject().put("v", (long) VERSION).put("kind", kind).put("aud", audience)
                .put("ts", timestamp).put("nonce", Base64Url.encode(nonce)).put("body", body)
                .put("sig", Base64Url.encode(signature));
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    /** The body parsed as a JSON object (call only after verification). */
    public JsonObject bodyObject() throws JsonException {
        return Json.parseObject(body);
    }

    public String kind() {
        return kind;
    }

    public String audience() {
        return audience;
    }

    public long timestamp() {
        return timestamp;
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    public String body() {
        return body;
    }

    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Envelope)) {
            return false;
        }
        Envelope e = (Envelope) o;
        return kind.equals(e.kind) && audience.equals(e.audience) && timestamp == e.timestamp
                && Arrays.equals(nonce, e.nonce) && body.equals(e.body) && Arrays.equals(signature, e.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signature);
    }

    private static int putLength(byte[] out, int p, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[p++] = (byte) (value >>> (8 * i));
        }
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
