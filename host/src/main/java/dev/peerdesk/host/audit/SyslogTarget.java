package dev.peerdesk.host.audit;

import java.net.URI;
import java.net.URISyntaxException;

/** {@code --audit-syslog udp://HOST:PORT} or {@code tcp://HOST:PORT} (RFC 5426 / RFC 6587 octet counting). */
public record SyslogTarget(boolean tcp, String host, int port) {
    public static SyslogTarget parse(String s) {
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--audit-syslog: not a URI: " + s);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("udp") && !scheme.equals("tcp")) {
            throw new IllegalArgumentException("--audit-syslog: scheme must be udp:// or tcp://, got " + s);
        }
        if (u.getHost() == null || u.getPort() <= 0 || u.getPort() > 65535
                || (u.getPath() != null && !u.getPath().isEmpty()) || u.getQuery() != null) {
            throw new IllegalArgumentException("--audit-syslog: expected " + scheme + "://HOST:PORT, got " + s);
        }
        return new SyslogTarget(scheme.equals("tcp"), u.getHost(), u.getPort());
    }

    @Override
    public String toString() {
        return (tcp ? "tcp://" : "udp://") + host + ":" + port;
    }
}
