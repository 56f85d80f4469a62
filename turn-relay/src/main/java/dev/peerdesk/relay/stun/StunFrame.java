package dev.peerdesk.relay.stun;

import java.util.Arrays;
import org.ice4j.StunException;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.AttributeDecoder;
import org.ice4j.attribute.FingerprintAttribute;

/**
 * The framing of one STUN message (RFC 8489 section 5), checked before any attribute is decoded.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0 0|     STUN Message Type     |         Message Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Magic Cookie                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Transaction ID (96 bits)                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Why our own walk instead of ice4j's {@code Message.decode}: ice4j keeps one attribute per type
 * (a later duplicate replaces an earlier one) and keeps attributes that follow MESSAGE-INTEGRITY,
 * so an attacker could append an unprotected XOR-PEER-ADDRESS after a valid integrity check. Here
 * only attributes up to MESSAGE-INTEGRITY are kept, FINGERPRINT must be last and correct, and each
 * kept attribute's value is then decoded by ice4j's attribute codec.
 */
public final class StunFrame {
    public static final int HEADER = 20;
    public static final int MAGIC_COOKIE = 0x2112A442;
    private static final int MAX_ATTRIBUTES = 64;

    private final byte[] buf;
    private final int off;
    private final int type;
    private final byte[] transactionId;
    private final int[] attrOffsets; // offsets of attribute headers in buf
    private final int attrCount;
    private final int integrityOffset; // header offset of MESSAGE-INTEGRITY, or -1
    private final boolean fingerprint;
    private final int[] unknownRequired;

    private StunFrame(byte[] buf, int off, int type, int[] attrOffsets, int attrCount,
            int integrityOffset, boolean fingerprint, int[] unknownRequired) {
        this.buf = buf;
        this.off = off;
        this.type = type;
        this.transactionId = Arrays.copyOfRange(buf, off + 8, off + HEADER);
        this.attrOffsets = attrOffsets;
        this.attrCount = attrCount;
        this.integrityOffset = integrityOffset;
        this.fingerprint = fingerprint;
        this.unknownRequired = unknownRequired;
    }

    /** True when the first bytes can only be a STUN message (top bits 00 and the magic cookie). */
    public static boolean isStun(byte[] b, int off, int len) {
        return len >= HEADER && (b[off] & 0xC0) == 0 && Bytes.u32(b, off + 4) == MAGIC_COOKIE;
    }

    /** Parses exactly {@code len} bytes as one STUN message. */
    public static StunFrame parse(byte[] b, int off, int len) throws StunFormatException {
        if (!isStun(b, off, len)) {
            throw new StunFormatException("not a STUN message");
        }
        int bodyLength = Bytes.u16(b, off + 2);
        if (bodyLength % 4 != 0 || HEADER + bodyLength != len) {
            throw new StunFormatException("bad STUN length " + bodyLength + " in " + len + " bytes");
        }
        int end = off + len;
        int[] offsets = new int[8];
        int count = 0;
        int integrity = -1;
        boolean fingerprint = false;
        int[] unknown = new int[0];
        int pos = off + HEADER;
        while (pos < end) {
            if (end - pos < 4) {
                throw new StunFormatException("truncated attribute header");
            }
            int t = Bytes.u16(b, pos);
            int l = Bytes.u16(b, pos + 2);
            int next = pos + 4 + ((l + 3) & ~3);
            if (next > end) {
                throw new StunFormatException("attribute 0x" + Integer.toHexString(t) + " overruns message");
            }
            if (fingerprint) {
                throw new StunFormatException("attribute after FINGERPRINT");
            }
            if (t == AttributeTypes.FINGERPRINT) {
                if (l != 4 || next != end) {
                    throw new StunFormatException("FINGERPRINT must be the 4-byte last attribute");
                }
                byte[] crc = FingerprintAttribute.calculateXorCRC32(b, off, pos - off);
                if (!Arrays.equals(crc, 0, 4, b, pos + 4, pos + 8)) {
                    throw new StunFormatException("wrong FINGERPRINT");
                }
                fingerprint = true;
            } else if (integrity < 0) {
                // RFC 8489 section 14.5: everything after MESSAGE-INTEGRITY except FINGERPRINT is ignored.
                if (t == AttributeTypes.MESSAGE_INTEGRITY) {
                    if (l != 20) {
                        throw new StunFormatException("MESSAGE-INTEGRITY must be 20 bytes");
                    }
                    integrity = pos;
                } else {
                    if (count == MAX_ATTRIBUTES) {
                        throw new StunFormatException("too many attributes");
                    }
                    if (count == offsets.length) {
                        offsets = Arrays.copyOf(offsets, count * 2);
                    }
                    offsets[count++] = pos;
                    if (!AttributeTypes.understood(t)) {
                        unknown = Arrays.copyOf(unknown, unknown.length + 1);
                        unknown[unknown.length - 1] = t;
                    }
                }
            }
            pos = next;
        }
        return new StunFrame(b, off, Bytes.u16(b, off), offsets, count, integrity, fingerprint, unknown);
    }

    public int type() {
        return type;
    }

    /** Method bits of the type (RFC 8489 section 5), e.g. 0x003 for Allocate. */
    public int method() {
        return (type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2);
    }

    /** Class bits: 0 request, 1 indication, 2 success response, 3 error response. */
    public int messageClass() {
        return ((type & 0x0010) >> 4) | ((type & 0x0100) >> 7);
    }

    public byte[] transactionId() {
        return transactionId.clone();
    }

    public boolean hasIntegrity() {
        return integrityOffset >= 0;
    }

    public boolean hasFingerprint() {
        return fingerprint;
    }

    /** Comprehension-required attribute types this server does not understand (for 420). */
    public int[] unknownRequired() {
        return unknownRequired.clone();
    }

    /** Raw bytes and offsets, for the integrity check. */
    byte[] buffer() {
        return buf;
    }

    /** The buffer the message was parsed from; {@link #valueOffset} indexes into it. */
    public byte[] rawBuffer() {
        return buf;
    }

    int offset() {
        return off;
    }

    int integrityOffset() {
        return integrityOffset;
    }

    public boolean has(int attributeType) {
        return indexOf(attributeType, 0) >= 0;
    }

    /** The first attribute of this type (before MESSAGE-INTEGRITY), decoded by ice4j, or null. */
    public Attribute first(int attributeType) throws StunFormatException {
        int i = indexOf(attributeType, 0);
        return i < 0 ? null : decode(i);
    }

    /** Every attribute of this type in message order (CreatePermission may carry several peers). */
    public java.util.List<Attribute> all(int attributeType) throws StunFormatException {
        java.util.List<Attribute> out = new java.util.ArrayList<>(2);
        for (int i = indexOf(attributeType, 0); i >= 0; i = indexOf(attributeType, i + 1)) {
            out.add(decode(i));
        }
        return out;
    }

    /**
     * REQUESTED-ADDRESS-FAMILY (RFC 8656 section 18.6): 1 for IPv4, 2 for IPv6, 0 when absent.
     * Read here because ice4j's decoder wants a 1-byte value where the RFC has 4 (family + RFFU).
     */
    public int requestedFamily() throws StunFormatException {
        int i = indexOf(AttributeTypes.REQUESTED_ADDRESS_FAMILY, 0);
        if (i < 0) {
            return 0;
        }
        int at = attrOffsets[i];
        int family = buf[at + 4] & 0xFF;
        if (Bytes.u16(buf, at + 2) != 4 || (family != 1 && family != 2)) {
            throw new StunFormatException("bad REQUESTED-ADDRESS-FAMILY");
        }
        return family;
    }

    /**
     * EVEN-PORT (RFC 8656 section 18.7): -1 when absent, else the R bit (0 or 1). Read here
     * because ice4j's decoder wants 4 bytes where the RFC has 1 and reads the wrong offset.
     */
    public int evenPort() throws StunFormatException {
        int i = indexOf(AttributeTypes.EVEN_PORT, 0);
        if (i < 0) {
            return -1;
        }
        int at = attrOffsets[i];
        if (Bytes.u16(buf, at + 2) != 1) {
            throw new StunFormatException("bad EVEN-PORT");
        }
        return (buf[at + 4] & 0x80) >>> 7;
    }

    /** Offset and length of a raw attribute value, for the data path that copies DATA once. */
    public int valueOffset(int attributeType) {
        int i = indexOf(attributeType, 0);
        return i < 0 ? -1 : attrOffsets[i] + 4;
    }

    public int valueLength(int attributeType) {
        int i = indexOf(attributeType, 0);
        return i < 0 ? -1 : Bytes.u16(buf, attrOffsets[i] + 2);
    }

    private int indexOf(int attributeType, int from) {
        for (int i = from; i < attrCount; i++) {
            if (Bytes.u16(buf, attrOffsets[i]) == attributeType) {
                return i;
            }
        }
        return -1;
    }

    private Attribute decode(int index) throws StunFormatException {
        int at = attrOffsets[index];
        int type = Bytes.u16(buf, at);
        int valueLength = Bytes.u16(buf, at + 2);
        checkLength(type, valueLength, valueLength >= 2 ? buf[at + 5] : 0);
        byte[] src = buf;
        if (at + 4 + valueLength > 0xFFFF) {
            // ice4j passes offsets as 16-bit chars: give it the attribute alone.
            src = Arrays.copyOfRange(buf, at, at + 4 + valueLength);
            at = 0;
        }
        try {
            Attribute a = AttributeDecoder.decode(src, at, 4 + valueLength);
            if (a == null) {
                throw new StunFormatException("undecodable attribute");
            }
            return a;
        } catch (StunException | RuntimeException e) {
            throw new StunFormatException("bad attribute 0x" + Integer.toHexString(type) + ": " + e.getMessage());
        }
    }

    /**
     * ice4j's attribute decoders read their fixed-size fields without comparing them with the
     * declared length, so a short attribute would be completed from the bytes that follow it.
     */
    private static void checkLength(int type, int length, byte family) throws StunFormatException {
        boolean ok = switch (type) {
            case AttributeTypes.LIFETIME, AttributeTypes.REQUESTED_TRANSPORT, AttributeTypes.CHANNEL_NUMBER,
                    AttributeTypes.REQUESTED_ADDRESS_FAMILY, AttributeTypes.PRIORITY -> length == 4;
            case AttributeTypes.EVEN_PORT -> length == 1;
            case AttributeTypes.RESERVATION_TOKEN -> length == 8;
            case AttributeTypes.DONT_FRAGMENT, AttributeTypes.USE_CANDIDATE -> length == 0;
            case AttributeTypes.XOR_PEER_ADDRESS, AttributeTypes.XOR_RELAYED_ADDRESS,
                    AttributeTypes.XOR_MAPPED_ADDRESS, AttributeTypes.MAPPED_ADDRESS ->
                    (length == 8 && family == 1) || (length == 20 && family == 2);
            case AttributeTypes.USERNAME -> length <= 513;
            case AttributeTypes.REALM, AttributeTypes.NONCE -> length <= 763;
            default -> true;
        };
        if (!ok) {
            throw new StunFormatException("attribute 0x" + Integer.toHexString(type) + " has bad length " + length);
        }
    }
}
