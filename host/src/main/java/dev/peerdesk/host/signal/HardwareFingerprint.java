package dev.peerdesk.host.signal;

import dev.peerdesk.protocol.envelope.Base64Url;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The hardware fingerprint the server binds an ID to: SHA-256 over the machine-id, the MAC
 * addresses of physical network cards and the hostname. Computed on every start, never stored,
 * so a data dir copied to another computer does not carry the ID along. Only cards backed by a
 * device ({@code /sys/class/net/X/device}) count: bridges, veths and tunnels come and go and
 * would make the fingerprint, and with it the ID, unstable.
 */
public final class HardwareFingerprint {
    private HardwareFingerprint() {}

    public static String ofThisMachine() {
        return of(machineId(), physicalMacs(), hostname());
    }

    static String of(String machineId, Iterable<String> macs, String hostname) {
        StringBuilder sb = new StringBuilder("PeerDesk hardware v1\n");
        sb.append("machine-id ").append(machineId).append('\n');
        for (String mac : macs) {
            sb.append("mac ").append(mac).append('\n');
        }
        sb.append("hostname ").append(hostname).append('\n');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Base64Url.encode(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String machineId() {
        for (String p : new String[] {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
            try {
                String s = Files.readString(Path.of(p)).trim();
                if (!s.isEmpty()) {
                    return s;
                }
            } catch (IOException | SecurityException e) {
                // next candidate
            }
        }
        return "-";
    }

    private static TreeSet<String> physicalMacs() {
        TreeSet<String> macs = new TreeSet<>();
        Path net = Path.of("/sys/class/net");
        if (!Files.isDirectory(net)) {
            return macs;
        }
        try (DirectoryStream<Path> cards = Files.newDirectoryStream(net)) {
            for (Path card : cards) {
                if (Files.exists(card.resolve("device"))) {
                    try {
                        String mac = Files.readString(card.resolve("address")).trim().toLowerCase(Locale.ROOT);
                        if (!mac.isEmpty() && !mac.equals("00:00:00:00:00:00")) {
                            macs.add(mac);
                        }
                    } catch (IOException e) {
                        // a card that vanished while we looked
                    }
                }
            }
        } catch (IOException e) {
            // no MACs then: machine-id and hostname still count
        }
        return macs;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "-";
        }
    }
}
