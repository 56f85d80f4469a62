package dev.peerdesk.protocol.message;

import java.nio.charset.StandardCharsets;

/**
 * Either direction (if the role allows clipboard): the clipboard's text.
 * <pre>u32 len | text (strict UTF-8, at most 1 MiB)</pre>
 */
public record ClipboardText(String text) implements Message {
    public static final int MAX_BYTES = 1 << 20;

    public ClipboardText {
        Checks.maxLength(Checks.utf8Length(text), MAX_BYTES, "clipboard text");
    }

    @Override
    public MessageType type() {
        return MessageType.CLIPBOARD;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.bytes32(text.getBytes(StandardCharsets.UTF_8));
    }

    static ClipboardText read(WireReader in) throws ProtocolException {
        byte[] raw = in.bytes32(MAX_BYTES, "clipboard text");
        if (!Utf8.isValid(raw)) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, "clipboard text is not valid UTF-8");
        }
        return new ClipboardText(new String(raw, StandardCharsets.UTF_8));
    }
}
