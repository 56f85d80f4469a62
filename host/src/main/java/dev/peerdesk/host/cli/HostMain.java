package dev.peerdesk.host.cli;

import dev.peerdesk.host.audit.AuditEvent;
import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.audit.AuditSink;
import dev.peerdesk.host.audit.JsonLinesAuditSink;
import dev.peerdesk.host.audit.SyslogAuditSink;
import dev.peerdesk.host.auth.FileVerifierStore;
import dev.peerdesk.host.auth.StoredVerifier;
import dev.peerdesk.host.auth.VerifierFactory;
import dev.peerdesk.host.config.DataDir;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code java -jar host.jar}: parses options, prepares the data dir and audit log, then runs or refuses. */
public final class HostMain {
    static final int MIN_PERMANENT_PASSWORD = 10;
    private final HostServices services;
    private final Map<String, String> env;
    private final InputStream stdin;
    private final Console console;
    private final PrintStream out;
    private final PrintStream err;

    HostMain(HostServices services, Map<String, String> env, InputStream stdin, Console console, PrintStream out,
            PrintStream err) {
        this.services = services;
        this.env = env;
        this.stdin = stdin;
        this.console = console;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = new HostMain(new dev.peerdesk.host.runtime.RuntimeServices(), System.getenv(), System.in, System.console(), System.out,
                System.err).run(args);
        System.exit(status);
    }

    int run(String[] args) {
        HostOptions o;
        try {
            o = HostOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (o.help()) {
            out.print(HostOptions.HELP);
            return 0;
        }
        try {
            DataDir dir = DataDir.open(o.dataDir(), env);
            if (o.clearPassword()) {
                new FileVerifierStore(dir).clear();
                out.println("Permanent password removed; only one-time passwords work now.");
                return 0;
            }
            if (o.setPassword()) {
                return setPassword(dir);
            }
            if (o.server() == null) {
                err.println("error: --server URL is required (see --help)");
                return 2;
            }
            Optional<HostServices.HostRunner> runner = services.runner();
            if (runner.isEmpty()) {
                err.println("error: this build cannot connect to a signaling server yet: the session runtime "
                        + "(WebRTC transport, SRP, signaling client) is not part of it. Nothing was started.");
                return 1;
            }
            if (o.serverKey() == null) {
                err.println("WARNING: no --server-key given: the server's master key will be trusted on first use. "
                        + "Compare its fingerprint with the one the server operator publishes.");
            }
            try (AuditLog audit = openAudit(o, dir)) {
                return runner.get().run(o, dir, audit, out);
            }
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private AuditLog openAudit(HostOptions o, DataDir dir) throws IOException {
        List<AuditSink> sinks = new ArrayList<>();
        sinks.add(new JsonLinesAuditSink(dir.ensurePrivateFile(JsonLinesAuditSink.FILE)));
        if (o.auditSyslog() != null) {
            sinks.add(new SyslogAuditSink(o.auditSyslog(), hostname()));
        }
        return new AuditLog(InstantSource.system(), sinks, err);
    }

    private int setPassword(DataDir dir) throws IOException {
        Optional<VerifierFactory> factory = services.verifierFactory();
        if (factory.isEmpty()) {
            err.println("error: this build has no SRP verifier implementation yet, and the host stores "
                    + "passwords only as SRP verifiers. Nothing was stored.");
            return 1;
        }
        char[] password = readPassword();
        if (password == null) {
            err.println("error: no password given (or the two entries differ). Nothing was stored.");
            return 1;
        }
        try {
            if (password.length < MIN_PERMANENT_PASSWORD) {
                err.println("error: a permanent password opens this computer unattended; use at least "
                        + MIN_PERMANENT_PASSWORD + " characters. Nothing was stored.");
                return 1;
            }
            StoredVerifier v = factory.get().create(password);
            new FileVerifierStore(dir).save(v);
        } finally {
            Arrays.fill(password, '\0');
        }
        try (AuditLog audit = new AuditLog(InstantSource.system(),
                List.of(new JsonLinesAuditSink(dir.ensurePrivateFile(JsonLinesAuditSink.FILE))), err)) {
            audit.record(AuditEvent.Type.PASSWORD_SET, "-", "local", AuditEvent.Transport.UNKNOWN, Map.of());
        }
        out.println("Permanent password set (stored as an SRP verifier in " + dir.root() + ").");
        return 0;
    }

    /** From the terminal (asked twice, not echoed), else one line of stdin (for scripts and systemd). */
    private char[] readPassword() throws IOException {
        if (console != null) {
            char[] a = console.readPassword("Permanent password: ");
            char[] b = a == null ? null : console.readPassword("Again: ");
            if (a == null || b == null || !Arrays.equals(a, b)) {
                return null;
            }
            Arrays.fill(b, '\0');
            return a;
        }
        String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line.toCharArray();
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "-";
        }
    }
}
