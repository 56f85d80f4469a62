package dev.peerdesk.protocol.message;

/**
 * Viewer to host: SRP's proof M1 (over the channel-binding transcript).
 * <pre>u16 len | proof (at most 64 bytes)</pre>
 */
public record SrpClientProof(byte[] proof) implements Message {
    public static final int MAX_PROOF = 64;

    public SrpClientProof {
        Checks.maxLength(proof.length, MAX_PROOF, "M1");
    }

    @Override
    public MessageType type() {
        return MessageType.SRP_CLIENT_PROOF;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bytes16(proof);
    }

    static SrpClientProof read(WireReader in) throws ProtocolException {
        return new SrpClientProof(in.bytes16(MAX_PROOF, "M1"));
    }
}
