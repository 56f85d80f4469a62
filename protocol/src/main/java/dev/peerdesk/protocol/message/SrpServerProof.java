package dev.peerdesk.protocol.message;

/**
 * Host to viewer: SRP's proof M2; after it both sides switch to records.
 * <pre>u16 len | proof (at most 64 bytes)</pre>
 */
public record SrpServerProof(byte[] proof) implements Message {
    public static final int MAX_PROOF = 64;

    public SrpServerProof {
        Checks.maxLength(proof.length, MAX_PROOF, "M2");
    }

    @Override
    public MessageType type() {
        return MessageType.SRP_SERVER_PROOF;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bytes16(proof);
    }

    static SrpServerProof read(WireReader in) throws ProtocolException {
        return new SrpServerProof(in.bytes16(MAX_PROOF, "M2"));
    }
}
