package dev.peerdesk.signaling.cli;

import dev.peerdesk.signaling.ServerConfig;
import dev.peerdesk.signaling.filter.Cidr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line: {@code --name value} or {@code --name=value}; list options repeat or take commas. */
public final class Options {
    public static final String HELP = """
            Usage: java -jar signaling-server.jar --data-dir DIR [options]

            PeerDesk signaling server: HTTPS + WSS on one port. Hosts enroll and wait at /ws/host,
            viewers ask for them at /ws/viewer; the viewer page is served at /.

              --data-dir DIR        where the master key (0600), the host IDs, the self-signed TLS
                                    certificate and the audit log live (required; made if missing)
              --port N              TCP port for HTTPS/WSS (default 8443; 0 picks a free one)
              --bind ADDR           address to listen on (default 0.0.0.0)
              --tls-cert FILE       PEM certificate chain (leaf first); with --tls-key. Without both,
                                    a self-signed certificate is made in DIR and its fingerprint printed
              --tls-key FILE        PEM private key (PKCS#8, or PKCS#1/SEC1), unencrypted
              --turn-secret S       shared secret of the TURN relay (coturn REST scheme); without it
                                    peers get no TURN servers
              --turn-url URL        turn: or turns: URL handed to both peers (repeatable)
              --stun-url URL        stun: URL handed to both peers (repeatable)
              --turn-ttl SECONDS    lifetime of issued TURN credentials (default 3600)
              --allow CIDR          only these sources may connect (repeatable or comma list)
              --deny CIDR           these sources are refused; deny wins over allow (repeatable)
              --max-message-bytes N largest WebSocket message; larger ones close with 1009 (default 65536)
              --idle-timeout SECONDS close connections silent this long (default 120; hosts ping)
              --ws-connect-rate R   WebSocket connects per second per source address (default 5)
              --ws-connect-burst N  burst of WebSocket connects per source (default 20)
              --http-rate R         HTTP requests per second per source, Jetty DoSHandler (default 100)
              --message-rate R      messages per second per connection (default 20)
              --message-burst N     burst of messages per connection (default 60)
              --help                this text

            Stops cleanly on SIGTERM or Ctrl-C.
            """;

    private Options() {}

    /** Parses the arguments; returns null when --help was asked for. */
    public static ServerConfig parse(String[] args) {
        Path dataDir = null;
        Path cert = null;
        Path key = null;
        String bind = "0.0.0.0";
        int port = 8443;
        String secret = null;
        List<String> turn = new ArrayList<>();
        List<String> stun = new ArrayList<>();
        List<Cidr> allow = new ArrayList<>();
        List<Cidr> deny = new ArrayList<>();
        ServerConfig d = ServerConfig.defaults(Path.of("."));
        long ttl = d.turnTtlSeconds();
        int maxMessage = d.maxMessageBytes();
        long idle = d.idleTimeoutMillis();
        double wsRate = d.wsConnectsPerSecond();
        double wsBurst = d.wsConnectBurst();
        int httpRate = d.httpRequestsPerSecond();
        double msgRate = d.messagesPerSecond();
        double msgBurst = d.messageBurst();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return null;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (name) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--port" -> port = intIn(name, value, 0, 65535);
                case "--bind" -> bind = value;
                case "--tls-cert" -> cert = Path.of(value);
                case "--tls-key" -> key = Path.of(value);
                case "--turn-secret" -> secret = nonEmpty(name, value);
                case "--turn-url" -> turn.addAll(urls(name, value, "turn:", "turns:"));
                case "--stun-url" -> stun.addAll(urls(name, value, "stun:", "stuns:"));
                case "--turn-ttl" -> ttl = intIn(name, value, 60, 7 * 86_400);
                case "--allow" -> cidrs(value, allow);
                case "--deny" -> cidrs(value, deny);
                case "--max-message-bytes" -> maxMessage = intIn(name, value, 1024, 16 << 20);
                case "--idle-timeout" -> idle = intIn(name, value, 5, 86_400) * 1000L;
                case "--ws-connect-rate" -> wsRate = positive(name, value);
                case "--ws-connect-burst" -> wsBurst = positive(name, value);
                case "--http-rate" -> httpRate = intIn(name, value, 1, 1_000_000);
                case "--message-rate" -> msgRate = positive(name, value);
                case "--message-burst" -> msgBurst = positive(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name + " (see --help)");
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        if ((cert == null) != (key == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        if (!turn.isEmpty() && secret == null) {
            throw new IllegalArgumentException("--turn-url needs --turn-secret");
        }
        return new ServerConfig(bind, port, dataDir, cert, key, secret, turn, stun, ttl, allow, deny, maxMessage,
                idle, wsBurst, wsRate, httpRate, msgBurst, msgRate);
    }

    private static int intIn(String name, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max);
    }

    private static double positive(String name, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number");
    }

    private static String nonEmpty(String name, String v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return v;
    }

    private static List<String> urls(String name, String value, String... schemes) {
        List<String> out = new ArrayList<>();
        for (String u : value.split(",")) {
            String t = u.trim();
            boolean ok = false;
            for (String s : schemes) {
                ok |= t.startsWith(s) && t.length() > s.length();
            }
            if (!ok) {
                throw new IllegalArgumentException(name + " must start with " + String.join(" or ", schemes) + ": " + t);
            }
            out.add(t);
        }
        return out;
    }

    private static void cidrs(String value, List<Cidr> into) {
        for (String c : value.split(",")) {
            into.add(Cidr.parse(c.trim()));
        }
    }
}
