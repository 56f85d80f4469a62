package dev.peerdesk.signaling.tunnel;

import dev.peerdesk.protocol.envelope.Json;
import dev.peerdesk.protocol.envelope.JsonException;
import dev.peerdesk.protocol.envelope.JsonObject;
import dev.peerdesk.signaling.broker.Role;

/**
 * The first (and only) text a tunnel socket sends: which brokered session and side it is, and the
 * token the server granted that side over its signaling socket.
 *
 * <pre>{"type":"tunnel-hello","session":"SID","role":"host"|"viewer","token":"B64"}</pre>
 */
record TunnelHello(String session, Role role, String token) {
    static TunnelHello parse(String text) throws TunnelRefusal {
        try {
            JsonObject m = Json.parseObject(text);
            if (!"tunnel-hello".equals(m.string("type"))) {
                throw new TunnelRefusal("malformed", "the first message must be a tunnel-hello");
            }
            Role role = switch (m.string("role")) {
                case "host" -> Role.HOST;
                case "viewer" -> Role.VIEWER;
                default -> throw new TunnelRefusal("malformed", "role must be host or viewer");
            };
            return new TunnelHello(bounded(m.string("session")), role, bounded(m.string("token")));
        } catch (JsonException e) {
            throw new TunnelRefusal("malformed", "not a tunnel-hello: " + e.getMessage());
        }
    }

    private static String bounded(String s) throws TunnelRefusal {
        if (s.isEmpty() || s.length() > 128) {
            throw new TunnelRefusal("malformed", "session or token of a bad length");
        }
        return s;
    }
}
