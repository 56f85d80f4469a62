package dev.peerdesk.relay.stun;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ice4j.attribute.FingerprintAttribute;

/**
 * MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 section 14.5) and FINGERPRINT (section 14.7) on raw
 * bytes. ice4j computes MESSAGE-INTEGRITY only through a StunStack's credentials manager, which
 * does not fit a server that holds one key per request, so both are done here: the length field is
 * rewritten to end at the attribute being computed, exactly as the RFC describes.
 * Not thread-safe (one Mac instance).
 */
public final class Integrity {
    private static final int MI_TOTAL = 24;
    private static final int FP_TOTAL = 8;
    private final Mac mac;
    private final MessageDigest md5;

    public Integrity() {
        try {
            mac = Mac.getInstance("HmacSHA1");
            md5 = MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE ships HmacSHA1 and MD5", e);
        }
    }

    /** The long-term credential key MD5(username ":" realm ":" password) (RFC 8489 section 9.2.2). */
    public byte[] longTermKey(String username, String realm, String password) {
        return md5.digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks the MESSAGE-INTEGRITY of a parsed request against {@code key}, in constant time. */
    public boolean verify(StunFrame frame, byte[] key) {
        int mi = frame.integrityOffset();
        if (mi < 0) {
            return false;
        }
        byte[] b = frame.buffer();
        int off = frame.offset();
        byte[] header = Arrays.copyOfRange(b, off, off + StunFrame.HEADER);
        Bytes.put16(header, 2, mi + MI_TOTAL - off - StunFrame.HEADER);
        byte[] expected = hmac(key, header, 0, header.length, b, off + StunFrame.HEADER, mi - off - StunFrame.HEADER);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(b, mi + 4, mi + 24));
    }

    /**
     * Appends MESSAGE-INTEGRITY (when {@code key} is not null) and FINGERPRINT (when asked) to an
     * encoded message that has neither, fixing the length field.
     */
    public byte[] seal(byte[] message, byte[] key, boolean fingerprint) {
        int extra = (key != null ? MI_TOTAL : 0) + (fingerprint ? FP_TOTAL : 0);
        byte[] out = Arrays.copyOf(message, message.length + extra);
        int pos = message.length;
        if (key != null) {
            Bytes.put16(out, 2, pos + MI_TOTAL - StunFrame.HEADER);
            byte[] h = hmac(key, out, 0, pos, out, 0, 0);
            Bytes.put16(out, pos, AttributeTypes.MESSAGE_INTEGRITY);
            Bytes.put16(out, pos + 2, 20);
            System.arraycopy(h, 0, out, pos + 4, 20);
            pos += MI_TOTAL;
        }
        if (fingerprint) {
            Bytes.put16(out, 2, pos + FP_TOTAL - StunFrame.HEADER);
            byte[] crc = FingerprintAttribute.calculateXorCRC32(out, 0, pos);
            Bytes.put16(out, pos, AttributeTypes.FINGERPRINT);
            Bytes.put16(out, pos + 2, 4);
            System.arraycopy(crc, 0, out, pos + 4, 4);
            pos += FP_TOTAL;
        }
        Bytes.put16(out, 2, pos - StunFrame.HEADER);
        return out;
    }

    private byte[] hmac(byte[] key, byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 takes keys of any length", e);
        }
        mac.update(a, aOff, aLen);
        mac.update(b, bOff, bLen);
        return mac.doFinal();
    }
}
