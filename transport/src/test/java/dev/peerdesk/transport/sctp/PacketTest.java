package dev.peerdesk.transport.sctp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sctp.chunk.CookieAckChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketTest {
    /**
     * RFC 9260 Appendix A: an INIT (tag 0, IPv4 address 127.0.0.1) whose checksum another implementation
     * computed (Scapy's SCTP regression suite: chksum 0x402c0b5f): bytes 40 2c 0b 5f on the wire.
     */
    private static final String FOREIGN_INIT =
            "0000 0000 00000000 402c0b5f 01 00 001c 00000000 00000000 0000 0000 00000000 0005 0008 7f000001";

    @Test
    void appendixA_checksumMatchesAnIndependentImplementation() {
        assertTrue(Packet.checksumValid(Hex.bytes(FOREIGN_INIT)));
        byte[] flipped = Hex.bytes(FOREIGN_INIT);
        flipped[flipped.length - 1] ^= 1;
        assertFalse(Packet.checksumValid(flipped));
    }

    @Test
    void section3_1_roundTripOfABundle() throws SctpException {
        Packet p = new Packet(5000, 5000, 0x01020304, List.of(new ShutdownChunk(7), new CookieAckChunk()));
        byte[] raw = p.encode();
        assertTrue(Packet.checksumValid(raw));
        Packet back = Packet.decode(raw);
        assertEquals(0x01020304, back.verificationTag());
        assertEquals(2, back.chunks().size());
        assertEquals(Hex.of(raw), Hex.of(back.encode()));
    }

    @Test
    void section3_1_shortOrEmptyPacketsAreRejected() {
        assertFalse(Packet.checksumValid(new byte[11]));
        assertThrows(SctpException.class, () -> Packet.decode(new byte[11]));
        assertThrows(SctpException.class, () -> Packet.decode(new byte[12]));
    }
}
