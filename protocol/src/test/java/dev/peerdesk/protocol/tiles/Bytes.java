package dev.peerdesk.protocol.tiles;

import java.util.HexFormat;

final class Bytes {
    private Bytes() {}

    /** Hex with spaces and '|' allowed as separators, for readable table rows. */
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("[\\s|]", ""));
    }
}
