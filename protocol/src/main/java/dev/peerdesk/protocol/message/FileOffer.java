package dev.peerdesk.protocol.message;

/**
 * Either direction on the files channel: a file of {@code size} bytes follows as FILE_CHUNKs
 * under {@code transferId}. The name is a bare file name: no path separators, no NUL, not "." or
 * "..", so a receiver can never be steered outside its download folder.
 * <pre>u32 transfer id | u64 size | u16 len | name (UTF-8, 1..255 bytes)</pre>
 */
public record FileOffer(long transferId, long size, String name) implements Message {
    public static final int MAX_NAME_BYTES = 255;

    public FileOffer {
        Checks.u32(transferId, "transfer id");
        Checks.require(size >= 0, "file size " + size);
        int length = Checks.utf8Length(name);
        Checks.require(length >= 1 && length <= MAX_NAME_BYTES, "file name length " + length);
        Checks.require(name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0
                && !name.equals(".") && !name.equals(".."), "file name is not a bare name");
    }

    @Override
    public MessageType type() {
        return MessageType.FILE_OFFER;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u32(transferId).u64(size).utf8(name);
    }

    static FileOffer read(WireReader in) throws ProtocolException {
        return new FileOffer(in.u32(), in.u64(), in.utf8(MAX_NAME_BYTES, "file name"));
    }
}
