package dev.peerdesk.transport.sctp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Our State Cookie (RFC 9260 section 5.1.3): everything needed to build the association from a COOKIE
 * ECHO without keeping state after sending INIT ACK, plus a creation time and lifetime, all covered by
 * HMAC-SHA256 under the configured secret.
 * <pre>
 * version(1) created(8) lifetime(4) localTag(4) peerTag(4) localTsn(4) peerTsn(4) peerRwnd(4)
 * peerOutStreams(2) peerInStreams(2) flags(1: 1 = peer supports FORWARD TSN, 2 = RE-CONFIG) mac(32)
 * </pre>
 */
record StateCookie(long created, long lifetime, int localTag, int peerTag, int localTsn, int peerTsn,
                   long peerRwnd, int peerOutStreams, int peerInStreams, boolean peerForwardTsn,
                   boolean peerReconfig) {
    static final int SIZE = 1 + 8 + 4 + 4 + 4 + 4 + 4 + 4 + 2 + 2 + 1 + 32;
    private static final byte VERSION = 1;

    byte[] seal(byte[] secret) {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        b.put(VERSION).putLong(created).putInt((int) lifetime).putInt(localTag).putInt(peerTag).putInt(localTsn)
                .putInt(peerTsn).putInt((int) peerRwnd).putShort((short) peerOutStreams)
                .putShort((short) peerInStreams).put((byte) ((peerForwardTsn ? 1 : 0) | (peerReconfig ? 2 : 0)));
        b.put(mac(secret, b.array(), SIZE - 32));
        return b.array();
    }

    /** Returns the cookie if it is ours and intact, otherwise null (RFC: silently discard). */
    static StateCookie open(byte[] secret, byte[] cookie) {
        if (cookie.length != SIZE || cookie[0] != VERSION) {
            return null;
        }
        byte[] expected = mac(secret, cookie, SIZE - 32);
        byte[] got = java.util.Arrays.copyOfRange(cookie, SIZE - 32, SIZE);
        if (!MessageDigest.isEqual(expected, got)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(cookie, 1, SIZE - 33);
        long created = b.getLong();
        long lifetime = b.getInt() & 0xffffffffL;
        int localTag = b.getInt();
        int peerTag = b.getInt();
        int localTsn = b.getInt();
        int peerTsn = b.getInt();
        long rwnd = b.getInt() & 0xffffffffL;
        int os = b.getShort() & 0xffff;
        int mis = b.getShort() & 0xffff;
        int flags = b.get();
        return new StateCookie(created, lifetime, localTag, peerTag, localTsn, peerTsn, rwnd, os, mis,
                (flags & 1) != 0, (flags & 2) != 0);
    }

    boolean expired(long now) {
        return now - created > lifetime || now < created;
    }

    private static byte[] mac(byte[] secret, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is a mandatory JCA algorithm on every Java SE platform.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
