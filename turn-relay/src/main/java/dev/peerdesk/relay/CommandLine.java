package dev.peerdesk.relay;

import dev.peerdesk.relay.core.Cidr;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses the command line into a {@link RelayConfig}; {@code --opt value} and {@code --opt=value}. */
final class CommandLine {
    static final String HELP = """
            Usage: java -jar turn-relay.jar [options]
            A TURN relay (RFC 8656) and STUN server (RFC 8489) for PeerDesk.

              --listen ADDR                 address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              --port N[,N...]               UDP+TCP listener port, repeatable (default 3478; 0 = any free)
              --tls-port N                  TURN over TLS listener port, repeatable
              --tls-cert FILE               PEM certificate chain for TLS (default: a self-signed one)
              --tls-key FILE                PEM private key for --tls-cert
              --realm NAME                  realm of the long-term credentials (default peerdesk)
              --auth-secret SECRET          shared secret of the REST scheme: username "expiry:id",
                                            password base64(HMAC-SHA1(secret, username))
              --auth-secret-file FILE       the same, read from a file (keeps it out of `ps`)
              --user NAME:PASSWORD          a static user, repeatable
              --relay-ip ADDR               address of relayed sockets, handed to clients
                                            (default: the listen address, or the first local IPv4)
              --min-port N / --max-port N   relayed port range (default 49152-65535)
              --allow-loopback-peers        let clients reach 127.0.0.0/8 and ::1 (tests only)
              --allowed-peer CIDR           let clients reach this otherwise refused range, repeatable
              --denied-peer CIDR            never relay to this range, repeatable (wins over allowed)
              --max-allocations-per-user N  quota per username (486 beyond; default unlimited)
              --max-bps-per-allocation N    bits per second per allocation (excess dropped; default unlimited)
              --metrics-port N              serve GET /metrics (Prometheus text) on the listen address
              --stats-interval S            seconds between counter log lines (default 60, 0 = off)
              --capture-forwarded FILE      append every payload relayed between clients and peers to
                                            FILE (to audit that sessions are end-to-end encrypted)
              --help                        this text

            Peers on loopback, private (RFC 1918, CGNAT, ULA), link-local, multicast and unspecified
            addresses are refused (403) unless allowed above.
            """;

    private CommandLine() {
    }

    static RelayConfig parse(String[] args) throws IOException {
        RelayConfig c = new RelayConfig();
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            String value = null;
            int eq = opt.indexOf('=');
            if (opt.startsWith("--") && eq > 0) {
                value = opt.substring(eq + 1);
                opt = opt.substring(0, eq);
            }
            if (opt.equals("--allow-loopback-peers")) {
                c.allowLoopbackPeers = true;
                continue;
            }
            if (opt.equals("--help") || opt.equals("-h")) {
                throw new UsageException(null);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(opt + " needs a value");
                }
                value = args[++i];
            }
            apply(c, opt, value);
        }
        c.validate();
        return c;
    }

    private static void apply(RelayConfig c, String opt, String v) throws IOException {
        switch (opt) {
            case "--listen" -> c.listen = address(v);
            case "--port" -> {
                for (String p : v.split(",")) {
                    c.ports.add(port(p.trim(), true));
                }
            }
            case "--tls-port" -> c.tlsPorts.add(port(v, true));
            case "--tls-cert" -> c.tlsCert = Path.of(v);
            case "--tls-key" -> c.tlsKey = Path.of(v);
            case "--realm" -> c.realm = v;
            case "--auth-secret" -> c.authSecret = v;
            case "--auth-secret-file" -> c.authSecret = Files.readString(Path.of(v), StandardCharsets.UTF_8).strip();
            case "--user" -> {
                int colon = v.indexOf(':');
                if (colon <= 0) {
                    throw new UsageException("--user wants NAME:PASSWORD");
                }
                c.users.put(v.substring(0, colon), v.substring(colon + 1));
            }
            case "--relay-ip" -> c.relayIp = address(v);
            case "--min-port" -> c.minPort = port(v, false);
            case "--max-port" -> c.maxPort = port(v, false);
            case "--allowed-peer" -> c.allowedPeers.add(cidr(v));
            case "--denied-peer" -> c.deniedPeers.add(cidr(v));
            case "--max-allocations-per-user" -> c.maxAllocationsPerUser = number(opt, v);
            case "--max-bps-per-allocation" -> c.maxBpsPerAllocation = number(opt, v);
            case "--metrics-port" -> c.metricsPort = port(v, true);
            case "--stats-interval" -> c.statsIntervalSeconds = number(opt, v);
            case "--capture-forwarded" -> c.captureForwarded = java.nio.file.Path.of(v);
            default -> throw new UsageException("unknown option " + opt);
        }
    }

    private static InetAddress address(String v) {
        if (!v.matches("[0-9a-fA-F:.]+")) {
            throw new UsageException("not an IP address: " + v);
        }
        try {
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            throw new UsageException("not an IP address: " + v);
        }
    }

    private static int port(String v, boolean zeroOk) {
        int p = number("port", v);
        if (p > 65535 || (p == 0 && !zeroOk)) {
            throw new UsageException("bad port " + v);
        }
        return p;
    }

    private static int number(String opt, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new UsageException(opt + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " wants a number, not " + v);
        }
    }

    private static Cidr cidr(String v) {
        try {
            return Cidr.parse(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A command line that cannot be run; null message means --help. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
