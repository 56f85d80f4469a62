package dev.peerdesk.protocol.envelope;

/**
 * Signs envelopes with the master key. Sans-IO: the caller supplies the time and a fresh random
 * nonce (from a CSPRNG), so tests can seal reproducible envelopes.
 */
public final class EnvelopeSealer {
    private final Signer signer;

    public EnvelopeSealer(Signer signer) {
        this.signer = signer;
    }

    public Envelope seal(String kind, String audience, JsonObject body, long now, byte[] nonce) {
        return seal(kind, audience, body.toString(), now, nonce);
    }

    public Envelope seal(String kind, String audience, String body, long now, byte[] nonce) {
        byte[] sig = signer.sign(Envelope.signedBytes(kind, audience, now, nonce, body));
        return new Envelope(kind, audience, now, nonce, body, sig);
    }

    public byte[] publicKey() {
        return signer.publicKey();
    }
}
