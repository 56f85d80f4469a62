package dev.peerdesk.protocol.message;

/**
 * Either direction on the files channel: bytes of an offered file at {@code offset}.
 * <pre>u32 transfer id | u64 offset | u32 len | data (at most 256 KiB)</pre>
 */
public record FileChunk(long transferId, long offset, byte[] data) implements Message {
    public static final int MAX_DATA = 256 << 10;

    public FileChunk {
        Checks.u32(transferId, "transfer id");
        Checks.require(offset >= 0, "offset " + offset);
        Checks.maxLength(data.length, MAX_DATA, "chunk");
    }

    @Override
    public MessageType type() {
        return MessageType.FILE_CHUNK;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u32(transferId).u64(offset).bytes32(data);
    }

    static FileChunk read(WireReader in) throws ProtocolException {
        return new FileChunk(in.u32(), in.u64(), in.bytes32(MAX_DATA, "chunk"));
    }
}
