package dev.peerdesk.host.cli;

import dev.peerdesk.host.audit.SyslogTarget;
import dev.peerdesk.host.session.Permission;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** The parsed command line. {@code --opt value} and {@code --opt=value} both work. */
public record HostOptions(boolean help, URI server, String serverKey, String display, boolean setPassword,
        boolean clearPassword, Set<Permission> permissions, SyslogTarget auditSyslog, Path dataDir, int maxSessions) {

    public static final String HELP = """
            Usage: java -jar host.jar --server URL [options]

            Shares this computer's screen with a PeerDesk viewer. The host only connects out: it
            enrolls with the signaling server, prints its ID and a one-time password, and waits.

              --server URL             signaling server, e.g. https://desk.example.org:8443
              --server-key FINGERPRINT pin the server's master key (SHA256:... as the server prints
                                       it, or 64 hex digits); without it the first key seen is
                                       trusted, loudly, and pinned in the data dir. Every server
                                       message is an envelope checked against this key, so a
                                       self-signed TLS certificate is accepted (with a notice)
              --display :N             X display to share (default: $DISPLAY)
              --set-password           read a permanent password for unattended access from the
                                       terminal (or one line of stdin), store only its SRP verifier, exit
              --clear-password         remove the permanent password, exit
              --view-only              viewers may watch but not control (same as --permissions view)
              --permissions LIST       what sessions may do, comma-separated: view,control,clipboard,files
                                       (default: all four)
              --audit-syslog URL       also send the audit log to syslog (RFC 5424):
                                       udp://HOST:PORT or tcp://HOST:PORT
              --data-dir DIR           state folder (default: $XDG_CONFIG_HOME/peerdesk, else
                                       ~/.config/peerdesk); folder 0700, files 0600
              --max-sessions N         concurrent sessions (default 1; further viewers are refused)
              --help                   this text

            Audit events (connect, authentication, permission denials, session end) are written as
            JSON lines to DATA_DIR/audit.jsonl.
            Screen capture: X11 (XShm, DAMAGE, XFIXES, RANDR) is fully tested; other platforms fall
            back to java.awt.Robot, untested.
            """;

    public static HostOptions parse(String[] args) throws UsageException {
        boolean help = false, setPassword = false, clearPassword = false, viewOnly = false;
        URI server = null;
        String serverKey = null, display = null;
        Set<Permission> permissions = null;
        SyslogTarget syslog = null;
        Path dataDir = null;
        int maxSessions = 1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--set-password" -> setPassword = true;
                case "--clear-password" -> clearPassword = true;
                case "--view-only" -> viewOnly = true;
                case "--server", "--server-key", "--display", "--permissions", "--audit-syslog", "--data-dir",
                        "--max-sessions" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException(a + " needs a value");
                        }
                        value = args[++i];
                    }
                    try {
                        switch (a) {
                            case "--server" -> server = serverUri(value);
                            case "--server-key" -> serverKey = fingerprint(value);
                            case "--display" -> display = value;
                            case "--permissions" -> permissions = Permission.parseList(value);
                            case "--audit-syslog" -> syslog = SyslogTarget.parse(value);
                            case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                            default -> maxSessions = sessions(value);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                default -> throw new UsageException("unknown option " + args[i] + " (see --help)");
            }
        }
        if (viewOnly) {
            if (permissions != null && !permissions.equals(Permission.VIEW_ONLY)) {
                throw new UsageException("--view-only contradicts --permissions " + permissions);
            }
            permissions = Permission.VIEW_ONLY;
        }
        return new HostOptions(help, server, serverKey, display, setPassword, clearPassword,
                permissions == null ? Permission.ALL : permissions, syslog, dataDir, maxSessions);
    }

    private static URI serverUri(String s) {
        URI u = URI.create(s);
        if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
            throw new IllegalArgumentException("--server: expected https://HOST[:PORT], got " + s);
        }
        return u;
    }

    /** SHA-256 fingerprint: 64 hex digits, colons allowed (as servers print them). */
    private static String fingerprint(String s) {
        if (s.startsWith("SHA256:")) {
            // The server prints its key as SHA256:<base64url>; kept here as hex like the other form.
            byte[] d = dev.peerdesk.protocol.envelope.Base64Url.decode(s.substring(7));
            if (d.length == 32) {
                return java.util.HexFormat.of().formatHex(d);
            }
        }
        String hex = s.replace(":", "").toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("--server-key: expected a SHA-256 fingerprint (SHA256:<base64url> as the server prints it, or 64 hex digits), got " + s);
        }
        return hex;
    }

    private static int sessions(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-sessions: expected 1..64, got " + s);
    }
}
