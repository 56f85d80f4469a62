package dev.peerdesk.protocol.message;

/**
 * Host to viewer: the verifier's salt and SRP's B.
 * <pre>u16 len | salt (at most 64 bytes) | u16 len | B (at most 512 bytes)</pre>
 */
public record SrpChallenge(byte[] salt, byte[] publicB) implements Message {
    public static final int MAX_SALT = 64;

    public SrpChallenge {
        Checks.maxLength(salt.length, MAX_SALT, "salt");
        Checks.maxLength(publicB.length, SrpClientHello.MAX_PUBLIC_VALUE, "B");
    }

    @Override
    public MessageType type() {
        return MessageType.SRP_CHALLENGE;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bytes16(salt).bytes16(publicB);
    }

    static SrpChallenge read(WireReader in) throws ProtocolException {
        return new SrpChallenge(in.bytes16(MAX_SALT, "salt"), in.bytes16(SrpClientHello.MAX_PUBLIC_VALUE, "B"));
    }
}
