package dev.peerdesk.transport.sctp;

import java.util.HexFormat;

/** Hex with spaces allowed, for readable byte tables. */
public final class Hex {
    private Hex() {
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", "").replace("|", ""));
    }

    public static String of(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
