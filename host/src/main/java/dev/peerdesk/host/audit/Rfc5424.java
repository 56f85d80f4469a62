package dev.peerdesk.host.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Formats an audit event as an RFC 5424 syslog message:
 * {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [peerdesk@32473 ...] BOM JSON}.
 * Facility 10 (authpriv: these are security events); 32473 is the private enterprise number
 * RFC 5612 reserves for examples, until the project registers its own.
 */
final class Rfc5424 {
    static final int FACILITY_AUTHPRIV = 10;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Rfc5424() {}

    static byte[] format(AuditEvent e, String hostname, long pid) {
        int pri = FACILITY_AUTHPRIV * 8 + e.type().severity();
        String header = "<" + pri + ">1 " + Instant.ofEpochMilli(e.epochMillis()) + " " + token(hostname, 255)
                + " peerdesk-host " + pid + " " + token(e.type().wireName, 32)
                + " [peerdesk@32473 session=\"" + param(e.session()) + "\" peer=\"" + param(e.peer())
                + "\" transport=\"" + e.transport().wireName() + "\"] ";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        byte[] m = e.toJson().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + BOM.length + m.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(BOM, 0, out, h.length, BOM.length);
        System.arraycopy(m, 0, out, h.length + BOM.length, m.length);
        return out;
    }

    /** HOSTNAME, MSGID: printable US-ASCII without spaces, or the nil value. */
    static String token(String s, int max) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c > 32 && c < 127 ? c : '_');
        }
        return b.toString();
    }

    /** PARAM-VALUE: '"', '\' and ']' must be escaped (RFC 5424 section 6.3.3). */
    static String param(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                b.append('\\');
            }
            b.append(c < 32 ? ' ' : c);
        }
        return b.toString();
    }
}
