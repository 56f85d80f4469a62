package dev.peerdesk.protocol.session;

import dev.peerdesk.protocol.message.Message;
import dev.peerdesk.protocol.message.MessageCodec;
import dev.peerdesk.protocol.message.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One data-channel message (or one record's plaintext) holds one or more whole codec frames.
 * Data channels keep message boundaries, so a frame never spans two of them: a partial frame at
 * the end is the peer's error, not a reason to wait.
 */
public final class Frames {
    private Frames() {}

    public static byte[] encode(Message... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) {
            byte[] frame = MessageCodec.encode(m);
            out.write(frame, 0, frame.length);
        }
        return out.toByteArray();
    }

    public static List<Message> decodeAll(byte[] bytes) throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<Message> messages = new ArrayList<>();
        while (in.hasRemaining()) {
            Message m = MessageCodec.parse(in);
            if (m == null) {
                throw new ProtocolException(ProtocolException.Reason.MALFORMED,
                        "truncated frame: " + in.remaining() + " bytes left over");
            }
            messages.add(m);
        }
        if (messages.isEmpty()) {
            throw new ProtocolException(ProtocolException.Reason.MALFORMED, "empty message");
        }
        return messages;
    }
}
