package dev.peerdesk.host.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One audit record. {@code fields} carries the type-specific facts (reason, permission, duration);
 * values are strings, numbers or booleans. The time comes from the caller's clock.
 */
public record AuditEvent(long epochMillis, Type type, String session, String peer, Transport transport,
        Map<String, Object> fields) {
    public enum Type {
        CONNECT("connect"),
        AUTH_OK("auth_ok"),
        AUTH_FAIL("auth_fail"),
        AUTH_REFUSED("auth_refused"),
        PERMISSION_DENIED("permission_denied"),
        SESSION_END("session_end"),
        PASSWORD_SET("password_set");

        public final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** Failures and denials are warnings; the rest is notice (RFC 5424 severities 4 and 5). */
        public int severity() {
            return this == AUTH_FAIL || this == AUTH_REFUSED || this == PERMISSION_DENIED ? 4 : 5;
        }
    }

    /**
     * How the peer's packets travel: straight (host/srflx candidates), through the TURN relay, or
     * through the signaling server's HTTPS tunnel when no ICE pair worked.
     */
    public enum Transport {
        DIRECT, RELAY, TUNNEL, UNKNOWN;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AuditEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The JSON object written as one line (keys in a fixed order, fields last). */
    public String toJson() {
        StringBuilder b = new StringBuilder(160);
        b.append("{\"time\":").append(Json.quote(java.time.Instant.ofEpochMilli(epochMillis).toString()));
        b.append(",\"event\":").append(Json.quote(type.wireName));
        b.append(",\"session\":").append(Json.quote(session));
        b.append(",\"peer\":").append(Json.quote(peer));
        b.append(",\"transport\":").append(Json.quote(transport.wireName()));
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            b.append(',').append(Json.quote(e.getKey())).append(':').append(Json.value(e.getValue()));
        }
        return b.append('}').toString();
    }
}
