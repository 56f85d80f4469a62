package dev.peerdesk.protocol.envelope;

import dev.peerdesk.protocol.envelope.EnvelopeException.Reason;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Accepts an envelope only if the pinned master key signed it, it is addressed to us, its
 * timestamp is fresh and its nonce was not seen before. Sans-IO: {@code now} is an argument.
 *
 * <p>Replay memory holds the nonces of accepted envelopes until they are too old to pass the
 * freshness check anyway. It is bounded: when full, the oldest nonce is forgotten and the
 * acceptance floor rises to its timestamp, so a forgotten nonce can never be replayed (its
 * envelope is now {@link Reason#STALE}). Not thread-safe; one verifier per connection or lock.
 */
public final class EnvelopeVerifier {
    private final SignatureVerifier signatures;
    private final byte[] masterKey;
    private final long maxAgeMillis;
    private final long maxSkewMillis;
    private final int capacity;

    private final Set<String> seen = new HashSet<>();
    private final PriorityQueue<Seen> byTime = new PriorityQueue<>();
    private long floor = Long.MIN_VALUE;

    /**
     * @param maxAgeMillis how old an envelope may be when it arrives
     * @param maxSkewMillis how far in the future its timestamp may be (sender clock ahead of ours)
     * @param capacity how many nonces the replay memory keeps at most
     */
    public EnvelopeVerifier(SignatureVerifier signatures, byte[] masterKey, long maxAgeMillis, long maxSkewMillis,
            int capacity) {
        if (masterKey.length != SignatureVerifier.PUBLIC_KEY_LENGTH || maxAgeMillis <= 0 || maxSkewMillis < 0
                || capacity <= 0) {
            throw new IllegalArgumentException("bad verifier parameters");
        }
        this.signatures = signatures;
        this.masterKey = masterKey.clone();
        this.maxAgeMillis = maxAgeMillis;
        this.maxSkewMillis = maxSkewMillis;
        this.capacity = capacity;
    }

    /** Parses and verifies a wire envelope; see {@link #verify(Envelope, String, long)}. */
    public Envelope verify(String wire, String expectedAudience, long now) throws EnvelopeException {
        return verify(Envelope.fromJson(wire), expectedAudience, now);
    }

    /**
     * Returns the envelope when it is authentic, addressed to {@code expectedAudience}, fresh at
     * {@code now} and not a replay; remembers its nonce. Throws with the reason otherwise.
     */
    public Envelope verify(Envelope e, String expectedAudience, long now) throws EnvelopeException {
        verifySignature(e);
        if (!e.audience().equals(expectedAudience)) {
            throw new EnvelopeException(Reason.WRONG_AUDIENCE, "for '" + e.audience() + "'");
        }
        forgetOlderThan(now - maxAgeMillis);
        long ts = e.timestamp();
        if (ts < now - maxAgeMillis || ts <= floor) {
            throw new EnvelopeException(Reason.STALE, "timestamp " + ts + " at " + now);
        }
        if (ts > now + maxSkewMillis) {
            throw new EnvelopeException(Reason.FUTURE, "timestamp " + ts + " at " + now);
        }
        String key = Base64Url.encode(e.nonce());
        if (seen.contains(key)) {
            throw new EnvelopeException(Reason.REPLAYED, "nonce " + key);
        }
        seen.add(key);
        byTime.add(new Seen(ts, key));
        while (byTime.size() > capacity) {
            Seen oldest = byTime.poll();
            seen.remove(oldest.nonce);
            floor = Math.max(floor, oldest.timestamp);
        }
        return e;
    }

    /**
     * Checks only the signature: for long-lived documents such as an ID certificate, which is
     * stored and shown again later, where freshness and replay do not apply.
     */
    public Envelope verifySignature(Envelope e) throws EnvelopeException {
        if (!signatures.verify(masterKey, e.signedBytes(), e.signature())) {
            throw new EnvelopeException(Reason.BAD_SIGNATURE, "signature does not verify under the master key");
        }
        return e;
    }

    /** Nonces currently remembered (for tests and metrics). */
    public int remembered() {
        return seen.size();
    }

    private void forgetOlderThan(long limit) {
        while (!byTime.isEmpty() && byTime.peek().timestamp < limit) {
            seen.remove(byTime.poll().nonce);
        }
    }

    private static final class Seen implements Comparable<Seen> {
        final long timestamp;
        final String nonce;

        Seen(long timestamp, String nonce) {
            this.timestamp = timestamp;
            this.nonce = nonce;
        }

        @Override
        public int compareTo(Seen o) {
            return Long.compare(timestamp, o.timestamp);
        }
    }
}
