package dev.peerdesk.relay.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless nonces (RFC 8489 section 9.2): {@code expiry-hex + HMAC(key, expiry | client IP)},
 * so the server keeps no table, a nonce only works from the address it was given to, and an old
 * one is recognised as ours but stale (438) instead of merely unknown.
 */
public final class Nonces {
    private static final HexFormat HEX = HexFormat.of();
    private final Mac mac;
    private final long lifetimeMillis;

    public Nonces(byte[] key, long lifetimeMillis) {
        this.lifetimeMillis = lifetimeMillis;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE ships HmacSHA256", e);
        }
    }

    /** Result of checking a nonce a client sent back. */
    public enum Check { VALID, STALE }

    public String issue(long nowMillis, String clientIp) {
        String expiry = Long.toHexString((nowMillis + lifetimeMillis) / 1000);
        return expiry + "-" + tag(expiry, clientIp);
    }

    /** VALID only for an unexpired nonce this server issued to this client address. */
    public Check check(String nonce, long nowMillis, String clientIp) {
        int dash = nonce.indexOf('-');
        if (dash <= 0 || dash > 12) {
            return Check.STALE;
        }
        String expiry = nonce.substring(0, dash);
        byte[] want = tag(expiry, clientIp).getBytes(StandardCharsets.US_ASCII);
        byte[] got = nonce.substring(dash + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(want, got)) {
            return Check.STALE;
        }
        long expirySeconds;
        try {
            expirySeconds = Long.parseLong(expiry, 16);
        } catch (NumberFormatException e) {
            return Check.STALE;
        }
        return expirySeconds * 1000 > nowMillis ? Check.VALID : Check.STALE;
    }

    private String tag(String expiry, String clientIp) {
        mac.update(expiry.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] h = mac.doFinal(clientIp.getBytes(StandardCharsets.US_ASCII));
        return HEX.formatHex(h, 0, 12);
    }
}
