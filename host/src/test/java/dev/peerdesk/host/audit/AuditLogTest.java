package dev.peerdesk.host.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.host.audit.AuditEvent.Transport;
import dev.peerdesk.host.audit.AuditEvent.Type;
import dev.peerdesk.host.config.DataDir;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-22T21:30:00.250Z"));

    @TempDir
    Path tmp;

    @Test
    void jsonLinesInA0600FileWithEscapedPeerText() throws Exception {
        DataDir dir = DataDir.open(tmp.resolve("d"), Map.of());
        Path file = dir.ensurePrivateFile(JsonLinesAuditSink.FILE);
        try (AuditLog log = new AuditLog(CLOCK, List.of(new JsonLinesAuditSink(file)), System.err)) {
            log.record(Type.CONNECT, "s1", "198.51.100.7:40000", Transport.RELAY, Map.of());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("reason", "bad \"proof\"\n{}");
            f.put("failures", 3);
            log.record(Type.AUTH_FAIL, "s1", "198.51.100.7:40000", Transport.RELAY, f);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(
                "{\"time\":\"2026-11-22T21:30:00.250Z\",\"event\":\"connect\",\"session\":\"s1\","
                        + "\"peer\":\"198.51.100.7:40000\",\"transport\":\"relay\"}",
                "{\"time\":\"2026-11-22T21:30:00.250Z\",\"event\":\"auth_fail\",\"session\":\"s1\","
                        + "\"peer\":\"198.51.100.7:40000\",\"transport\":\"relay\","
                        + "\"reason\":\"bad \\\"proof\\\"\\n{}\",\"failures\":3}"), lines);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void syslogOverUdpIsRfc5424() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            collector.setSoTimeout(10_000);
            SyslogTarget target = SyslogTarget.parse("udp://127.0.0.1:" + collector.getLocalPort());
            try (AuditLog log = new AuditLog(CLOCK, List.of(new SyslogAuditSink(target, "desk-1")), System.err)) {
                log.record(Type.PERMISSION_DENIED, "s]2", "203.0.113.5:1", Transport.DIRECT,
                        Map.of("permission", "control"));
            }
            DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
            collector.receive(p);
            String line = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            long pid = ProcessHandle.current().pid();
            String header = "<84>1 2026-11-22T21:30:00.250Z desk-1 peerdesk-host " + pid + " permission_denied "
                    + "[peerdesk@32473 session=\"s\\]2\" peer=\"203.0.113.5:1\" transport=\"direct\"] \uFEFF";
            assertTrue(line.startsWith(header), line);
            assertTrue(line.endsWith("\"permission\":\"control\"}"), line);
        }
    }

    @Test
    void syslogOverTcpUsesOctetCounting() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            collector.setSoTimeout(10_000);
            SyslogTarget target = SyslogTarget.parse("tcp://127.0.0.1:" + collector.getLocalPort());
            try (AuditLog log = new AuditLog(CLOCK, List.of(new SyslogAuditSink(target, "desk-1")), System.err)) {
                log.record(Type.AUTH_OK, "s3", "p", Transport.UNKNOWN, Map.of());
                log.record(Type.SESSION_END, "s3", "p", Transport.UNKNOWN, Map.of("duration_ms", 5L));
            }
            try (Socket s = collector.accept(); InputStream in = s.getInputStream()) {
                s.setSoTimeout(10_000);
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int sp = all.indexOf(' ');
                int len = Integer.parseInt(all.substring(0, sp));
                String first = new String(all.getBytes(StandardCharsets.UTF_8), sp + 1, len, StandardCharsets.UTF_8);
                assertTrue(first.startsWith("<85>1 ") && first.contains(" auth_ok "), first);
                String rest = new String(all.getBytes(StandardCharsets.UTF_8), sp + 1 + len,
                        all.getBytes(StandardCharsets.UTF_8).length - sp - 1 - len, StandardCharsets.UTF_8);
                assertTrue(rest.matches("\\d+ <85>1 .* session_end .*\"duration_ms\":5}"), rest);
            }
        }
    }

    @Test
    void aFailingSinkDoesNotStopTheOthers() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = DataDir.open(tmp, Map.of()).ensurePrivateFile(JsonLinesAuditSink.FILE);
        AuditSink broken = new AuditSink() {
            @Override public void write(AuditEvent event) throws java.io.IOException { throw new java.io.IOException("disk gone"); }
            @Override public void close() {}
        };
        try (AuditLog log = new AuditLog(CLOCK, List.of(broken, new JsonLinesAuditSink(file)),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            log.record(Type.CONNECT, "s", "p", Transport.DIRECT, Map.of());
        }
        assertEquals(1, Files.readAllLines(file).size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("disk gone"));
    }

    @Test
    void syslogTargetsParse() {
        assertEquals(new SyslogTarget(false, "127.0.0.1", 514), SyslogTarget.parse("udp://127.0.0.1:514"));
        assertEquals(new SyslogTarget(true, "logs.example", 6514), SyslogTarget.parse("tcp://logs.example:6514"));
        for (String bad : new String[] {"127.0.0.1:514", "http://x:1", "udp://x", "udp://x:0", "udp://x:1/path", "udp://:5"}) {
            assertThrows(IllegalArgumentException.class, () -> SyslogTarget.parse(bad), bad);
        }
    }
}
