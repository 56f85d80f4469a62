package dev.peerdesk.transport.sdp;

import java.util.Locale;

/**
 * One ICE candidate, the value of {@code a=candidate:} (RFC 8839 section 5.1):
 * <pre>
 * candidate-attribute = "candidate" ":" foundation SP component-id SP transport SP priority SP
 *                       connection-address SP port SP "typ" SP cand-type
 *                       [SP "raddr" SP connection-address] [SP "rport" SP port] *(SP extension-att-name SP extension-att-value)
 * </pre>
 * Browsers trickle the same text with the {@code candidate:} prefix; both spellings parse.
 *
 * @param address IPv4, IPv6 or an FQDN; Chromium hides host addresses behind mDNS {@code <uuid>.local} names
 * @param type    host, srflx, prflx or relay
 * @param tcpType active, passive or so for TCP candidates, else null
 */
public record IceCandidate(String foundation, int component, String transport, long priority, String address,
                           int port, String type, String relatedAddress, int relatedPort, String tcpType) {

    public static IceCandidate parse(String text) throws SdpException {
        String s = text.strip();
        if (s.startsWith("a=")) {
            s = s.substring(2);
        }
        if (s.startsWith("candidate:")) {
            s = s.substring("candidate:".length());
        }
        String[] f = s.split(" ", -1);
        if (f.length < 8 || !f[6].equalsIgnoreCase("typ") || (f.length - 8) % 2 != 0) {
            throw bad("expected 'foundation component transport priority address port typ type [name value]...'");
        }
        String foundation = f[0];
        if (foundation.isEmpty() || foundation.length() > 32 || !IceChars.all(foundation)) {
            throw bad("foundation");
        }
        int component = (int) number(f[1], 1, 256, "component");
        String transport = f[2].toLowerCase(Locale.ROOT);
        if (!transport.equals("udp") && !transport.equals("tcp")) {
            throw bad("transport " + f[2]);
        }
        long priority = number(f[3], 1, 0xFFFFFFFFL, "priority");
        String address = address(f[4]);
        int port = (int) number(f[5], 0, 65535, "port");
        String type = f[7].toLowerCase(Locale.ROOT);
        if (!type.equals("host") && !type.equals("srflx") && !type.equals("prflx") && !type.equals("relay")) {
            throw bad("type " + f[7]);
        }
        String raddr = null;
        int rport = -1;
        String tcpType = null;
        for (int i = 8; i < f.length; i += 2) {
            switch (f[i]) {
                case "raddr" -> raddr = address(f[i + 1]);
                case "rport" -> rport = (int) number(f[i + 1], 0, 65535, "rport");
                case "tcptype" -> tcpType = f[i + 1];
                default -> { } // generation, ufrag, network-id, ...: extensions we may ignore (RFC 8839 5.1)
            }
        }
        if ((raddr == null) != (rport < 0)) {
            throw bad("raddr and rport come together");
        }
        return new IceCandidate(foundation, component, transport, priority, address, port, type, raddr, rport, tcpType);
    }

    /** True for Chromium's mDNS host names, which this peer cannot resolve (peer-reflexive checks cover them). */
    public boolean isMdns() {
        return address.toLowerCase(Locale.ROOT).endsWith(".local");
    }

    /** The attribute value without the {@code candidate:} prefix's {@code a=}, e.g. for trickling. */
    public String sdpValue() {
        StringBuilder b = new StringBuilder("candidate:").append(foundation).append(' ').append(component)
                .append(' ').append(transport.toUpperCase(Locale.ROOT)).append(' ').append(priority).append(' ')
                .append(address).append(' ').append(port).append(" typ ").append(type);
        if (relatedAddress != null) {
            b.append(" raddr ").append(relatedAddress).append(" rport ").append(relatedPort);
        }
        if (tcpType != null) {
            b.append(" tcptype ").append(tcpType);
        }
        return b.toString();
    }

    private static String address(String a) throws SdpException {
        if (a.isEmpty() || a.length() > 253) {
            throw bad("address");
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != ':' && c != '-' && c != '%') {
                throw bad("address " + a);
            }
        }
        return a;
    }

    private static long number(String s, long min, long max, String what) throws SdpException {
        if (s.isEmpty() || s.length() > 10) {
            throw bad(what);
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw bad(what + " " + s);
            }
            v = v * 10 + (c - '0');
        }
        if (v < min || v > max) {
            throw bad(what + " " + s);
        }
        return v;
    }

    private static SdpException bad(String detail) {
        return new SdpException(SdpException.Problem.BAD_CANDIDATE, detail);
    }
}
