package dev.peerdesk.protocol.message;

/**
 * Viewer to host, first message on the control channel: who is asking, and SRP's A.
 * <pre>u16 len | identity (UTF-8, at most 64 bytes) | u16 len | A (at most 512 bytes)</pre>
 */
public record SrpClientHello(String identity, byte[] publicA) implements Message {
    public static final int MAX_IDENTITY_BYTES = 64;
    public static final int MAX_PUBLIC_VALUE = 512;

    public SrpClientHello {
        Checks.maxLength(Checks.utf8Length(identity), MAX_IDENTITY_BYTES, "identity");
        Checks.maxLength(publicA.length, MAX_PUBLIC_VALUE, "A");
    }

    @Override
    public MessageType type() {
        return MessageType.SRP_CLIENT_HELLO;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.utf8(identity).bytes16(publicA);
    }

    static SrpClientHello read(WireReader in) throws ProtocolException {
        return new SrpClientHello(in.utf8(MAX_IDENTITY_BYTES, "identity"), in.bytes16(MAX_PUBLIC_VALUE, "A"));
    }
}
