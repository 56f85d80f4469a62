package dev.peerdesk.signaling.turn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived TURN credentials in coturn's REST scheme (draft-uberti-behave-turn-rest): username
 * {@code <expiry unix seconds>:<session id>}, password base64(HMAC-SHA1(shared secret, username)).
 * The relay recomputes the password from the username and refuses it after the expiry.
 */
public final class TurnCredentials {
    private final byte[] secret;

    public TurnCredentials(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public record Credential(String username, String password, long expiresAtSeconds) {}

    public Credential issue(String sessionId, long nowMillis, long ttlSeconds) {
        long expiry = nowMillis / 1000 + ttlSeconds;
        String username = expiry + ":" + sessionId;
        return new Credential(username, password(username), expiry);
    }

    public String password(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has HmacSHA1", e);
        }
    }
}
