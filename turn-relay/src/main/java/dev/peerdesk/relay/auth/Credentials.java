package dev.peerdesk.relay.auth;

import dev.peerdesk.relay.stun.Integrity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Long-term credentials: static users, and the coturn "TURN REST API" ephemeral scheme the
 * signaling server issues (username {@code expiry[:id]} with expiry in Unix seconds, password
 * base64(HMAC-SHA1(secret, username))). Static users win when a name matches both.
 * Not thread-safe (used by the single-threaded core).
 */
public final class Credentials {
    private final String realm;
    private final Map<String, String> users;
    private final Mac restMac;
    private final Integrity integrity = new Integrity();

    /** @param restSecret the shared secret of the REST scheme, or null to accept static users only */
    public Credentials(String realm, Map<String, String> users, String restSecret) {
        this.realm = realm;
        this.users = Map.copyOf(users);
        if (restSecret == null) {
            restMac = null;
        } else {
            try {
                restMac = Mac.getInstance("HmacSHA1");
                restMac.init(new SecretKeySpec(restSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JRE ships HmacSHA1", e);
            }
        }
    }

    public String realm() {
        return realm;
    }

    /** The REST-scheme password for {@code username}, as the signaling server computes it. */
    public static String restPassword(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE ships HmacSHA1", e);
        }
    }

    /**
     * The long-term key for {@code username} at {@code nowMillis}, or null when the name is
     * unknown or its REST expiry has passed.
     */
    public byte[] key(String username, long nowMillis) {
        String password = users.get(username);
        if (password == null) {
            password = restPassword(username, nowMillis);
            if (password == null) {
                return null;
            }
        }
        return integrity.longTermKey(username, realm, password);
    }

    private String restPassword(String username, long nowMillis) {
        if (restMac == null) {
            return null;
        }
        int colon = username.indexOf(':');
        String stamp = colon < 0 ? username : username.substring(0, colon);
        if (stamp.isEmpty() || stamp.length() > 12 || !stamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long expirySeconds = Long.parseLong(stamp);
        if (expirySeconds * 1000 <= nowMillis) {
            return null;
        }
        byte[] h = restMac.doFinal(username.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(h);
    }
}
