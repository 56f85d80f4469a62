package dev.peerdesk.signaling.filter;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 address block such as {@code 198.18.0.0/15} or {@code 2001:db8::/32}. */
public final class Cidr {
    private final byte[] network;
    private final int prefix;
    private final String text;

    private Cidr(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /**
     * Parses {@code address[/prefix]} (a bare address is a /32 or /128). Only literal addresses:
     * no name lookup ever happens, so a typo cannot turn into a DNS query.
     */
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        if (addr.isEmpty() || !(addr.indexOf(':') >= 0 || addr.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(addr).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
        int max = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length: " + text, e);
        }
        if (prefix < 0 || prefix > max) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        for (int bit = prefix; bit < max; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Cidr(bytes, prefix, text);
    }

    /** Whether the address is in this block; IPv4-mapped IPv6 addresses count as IPv4. */
    public boolean contains(InetAddress address) {
        byte[] a = unmap(address.getAddress());
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & 0xff);
    }

    private static byte[] unmap(byte[] a) {
        if (a.length != 16) {
            return a;
        }
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return a;
            }
        }
        if (a[10] != (byte) 0xff || a[11] != (byte) 0xff) {
            return a;
        }
        return new byte[] {a[12], a[13], a[14], a[15]};
    }

    @Override
    public String toString() {
        return text;
    }
}
