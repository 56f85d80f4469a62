package dev.peerdesk.protocol.message;

/**
 * Viewer to host, first message on the control channel: the channel-binding transcript hash as
 * the viewer computed it (host ID, host key, both DTLS fingerprints as the viewer saw them).
 * Public values only. A host whose own transcript differs answers POSSIBLE_INTERCEPTION instead
 * of running SRP, so the person is told "intercepted" rather than "wrong password". A man in the
 * middle who rewrites this field gains nothing: M1/M2 cover the same transcript and still fail.
 * <pre>u16 len | transcript (32 bytes with SHA-256)</pre>
 */
public record BindingHello(byte[] transcript) implements Message {
    public static final int MAX_TRANSCRIPT = 64;

    public BindingHello {
        Checks.maxLength(transcript.length, MAX_TRANSCRIPT, "transcript");
    }

    @Override
    public MessageType type() {
        return MessageType.BINDING_HELLO;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bytes16(transcript);
    }

    static BindingHello read(WireReader in) throws ProtocolException {
        return new BindingHello(in.bytes16(MAX_TRANSCRIPT, "transcript"));
    }
}
