package dev.peerdesk.protocol.message;

/**
 * Either side: a typed error, sent just before closing.
 * <pre>u16 code | u16 len | detail (UTF-8, at most 1024 bytes)</pre>
 */
public record ErrorMessage(ErrorCode code, String detail) implements Message {
    public static final int MAX_DETAIL_BYTES = 1024;

    public ErrorMessage {
        Checks.require(code != null, "error code");
        Checks.maxLength(Checks.utf8Length(detail), MAX_DETAIL_BYTES, "detail");
    }

    @Override
    public MessageType type() {
        return MessageType.ERROR;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u16(code.code()).utf8(detail);
    }

    static ErrorMessage read(WireReader in) throws ProtocolException {
        int raw = in.u16();
        ErrorCode code = ErrorCode.of(raw);
        if (code == null) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, "error code " + raw);
        }
        return new ErrorMessage(code, in.utf8(MAX_DETAIL_BYTES, "detail"));
    }
}
