package dev.peerdesk.relay.core;

import dev.peerdesk.relay.auth.Credentials;
import dev.peerdesk.relay.auth.Nonces;
import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.Integrity;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFormatException;
import dev.peerdesk.relay.stun.StunFrame;
import java.nio.charset.StandardCharsets;
import org.ice4j.attribute.NonceAttribute;
import org.ice4j.attribute.RealmAttribute;
import org.ice4j.attribute.UsernameAttribute;
import org.ice4j.message.Response;

/** The long-term credential mechanism on the server side (RFC 8489 section 9.2.4). */
final class Authenticator {

    /** Either an authenticated user and key, or the error response to send (never both). */
    record Result(String username, byte[] key, Response rejection) {
    }

    private final Credentials credentials;
    private final Nonces nonces;
    private final Integrity integrity;

    Authenticator(Credentials credentials, Nonces nonces, Integrity integrity) {
        this.credentials = credentials;
        this.nonces = nonces;
        this.integrity = integrity;
    }

    Result check(long now, FiveTuple from, StunFrame f) throws StunFormatException {
        String ip = from.client().getAddress().getHostAddress();
        if (!f.hasIntegrity()) {
            return reject(f, now, ip, 401, "Unauthorized");
        }
        UsernameAttribute user = (UsernameAttribute) f.first(AttributeTypes.USERNAME);
        RealmAttribute realm = (RealmAttribute) f.first(AttributeTypes.REALM);
        NonceAttribute nonce = (NonceAttribute) f.first(AttributeTypes.NONCE);
        if (user == null || realm == null || nonce == null) {
            return new Result(null, null, Messages.error(f.method(), f.transactionId(), 400, "Bad Request"));
        }
        String username = new String(user.getUsername(), StandardCharsets.UTF_8);
        if (!credentials.realm().equals(new String(realm.getRealm(), StandardCharsets.UTF_8))) {
            return reject(f, now, ip, 401, "Unauthorized");
        }
        byte[] key = credentials.key(username, now);
        if (key == null || !integrity.verify(f, key)) {
            return reject(f, now, ip, 401, "Unauthorized");
        }
        if (nonces.check(new String(nonce.getNonce(), StandardCharsets.US_ASCII), now, ip) != Nonces.Check.VALID) {
            return reject(f, now, ip, 438, "Stale Nonce");
        }
        return new Result(username, key, null);
    }

    private Result reject(StunFrame f, long now, String ip, int code, String reason) {
        Response r = Messages.error(f.method(), f.transactionId(), code, reason);
        r.putAttribute(Messages.text(AttributeTypes.REALM, credentials.realm()));
        r.putAttribute(Messages.text(AttributeTypes.NONCE, nonces.issue(now, ip)));
        return new Result(null, null, r);
    }
}
