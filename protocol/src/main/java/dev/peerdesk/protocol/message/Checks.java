package dev.peerdesk.protocol.message;

/** Constructor validation shared by the message types. */
final class Checks {
    private Checks() {}

    /** Throws IllegalArgumentException; the decoder turns it into a MALFORMED ProtocolException. */
    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    static void u8(int v, String field) {
        require(v >= 0 && v <= 0xff, field + " out of u8 range: " + v);
    }

    static void u16(int v, String field) {
        require(v >= 0 && v <= 0xffff, field + " out of u16 range: " + v);
    }

    static void u32(long v, String field) {
        require(v >= 0 && v <= 0xffffffffL, field + " out of u32 range: " + v);
    }

    static void maxLength(int length, int max, String field) {
        require(length <= max, field + " longer than " + max + ": " + length);
    }

    static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
