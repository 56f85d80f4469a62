package dev.peerdesk.transport.sctp.chunk;

import dev.peerdesk.transport.sctp.SctpException;
import java.nio.ByteBuffer;

/** Length checks shared by the chunk and parameter decoders: fail before reading or allocating. */
public final class Wire {
    private Wire() {
    }

    public static void require(ByteBuffer in, int bytes, String what) throws SctpException {
        if (in.remaining() < bytes) {
            throw new SctpException(what + ": need " + bytes + " bytes, have " + in.remaining());
        }
    }

    public static void exactly(ByteBuffer in, int bytes, String what) throws SctpException {
        if (in.remaining() != bytes) {
            throw new SctpException(what + ": length must be " + bytes + ", is " + in.remaining());
        }
    }

    public static byte[] rest(ByteBuffer in) {
        byte[] b = new byte[in.remaining()];
        in.get(b);
        return b;
    }

    public static int padding(int length) {
        return (4 - (length & 3)) & 3;
    }
}
