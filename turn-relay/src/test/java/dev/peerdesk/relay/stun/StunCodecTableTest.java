package dev.peerdesk.relay.stun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.ice4j.attribute.UsernameAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw-byte rows for the STUN framing, integrity, ChannelData and stream framing. */
class StunCodecTableTest {
    private static final HexFormat HEX = HexFormat.of();

    /** RFC 5769 section 2.1, sample request with short-term credentials. */
    static final String RFC5769_REQUEST = "000100582112a442b7e7a701bc34d686fa87dfae"
            + "802200105354554e20746573742063 6c69656e74".replace(" ", "")
            + "002400046e0001ff" + "80290008932ff9b151263b36"
            + "000600096576746a3a68367659202020"
            + "000800149aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2"
            + "80280004e57a3bcf";

    private static byte[] hex(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    @Test
    void rfc5769SampleRequestParsesAndVerifies() throws Exception {
        byte[] m = hex(RFC5769_REQUEST);
        StunFrame f = StunFrame.parse(m, 0, m.length);
        assertEquals(0x0001, f.type());
        assertEquals(0x001, f.method());
        assertEquals(0, f.messageClass());
        assertTrue(f.hasIntegrity());
        assertTrue(f.hasFingerprint());
        assertEquals("evtj:h6vY", new String(((UsernameAttribute) f.first(AttributeTypes.USERNAME)).getUsername(),
                StandardCharsets.UTF_8));
        Integrity i = new Integrity();
        assertTrue(i.verify(f, "VOkJxbRl1RmTxUk/WvJxBt".getBytes(StandardCharsets.UTF_8)));
        assertFalse(i.verify(f, "VOkJxbRl1RmTxUk/WvJxBu".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tamperingBreaksTheFingerprint() {
        byte[] m = hex(RFC5769_REQUEST);
        m[30] ^= 1; // inside SOFTWARE
        assertThrows(StunFormatException.class, () -> StunFrame.parse(m, 0, m.length));
    }

    @Test
    void sealThenVerifyRoundTrips() throws Exception {
        byte[] bare = hex("000300082112a442000102030405060708090a0b" + "0019000411000000");
        byte[] key = new Integrity().longTermKey("user", "realm", "pass");
        assertEquals("8493fbc53ba582fb4c044c456bdc40eb", HEX.formatHex(key), "RFC 8489 section 9.2.2 example");
        byte[] sealed = new Integrity().seal(bare, key, true);
        assertEquals(bare.length + 24 + 8, sealed.length);
        StunFrame f = StunFrame.parse(sealed, 0, sealed.length);
        assertTrue(new Integrity().verify(f, key));
        assertTrue(f.hasFingerprint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "truncated header, 000100002112a442000102030405060708",
        "length not a multiple of 4, 000100022112a442000102030405060708090a0b0000",
        "length beyond datagram, 000100082112a442000102030405060708090a0b",
        "datagram beyond length, 000100002112a442000102030405060708090a0b00000000",
        "wrong magic cookie, 000100002112a443000102030405060708090a0b",
        "top bits set, c00100002112a442000102030405060708090a0b",
        "attribute overruns message, 000100082112a442000102030405060708090a0b0006000900000000",
        "MESSAGE-INTEGRITY of 16 bytes, 000100142112a442000102030405060708090a0b0008001000000000000000000000000000000000",
        "FINGERPRINT not last, 000100102112a442000102030405060708090a0b80280004000000000006000161000000",
        "FINGERPRINT wrong, 000100082112a442000102030405060708090a0b8028000400000000",
    })
    void malformedFramesAreRejected(String name, String hex) {
        byte[] m = hex(hex);
        assertThrows(StunFormatException.class, () -> StunFrame.parse(m, 0, m.length), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "LIFETIME of 2 bytes, 000d0002 00010000",
        "REQUESTED-TRANSPORT of 3 bytes, 00190003 11000000",
        "CHANNEL-NUMBER of 2 bytes, 000c0002 40000000",
        "XOR-PEER-ADDRESS v4 family with 20 bytes, 00120014 0001000000000000000000000000000000000000",
        "XOR-PEER-ADDRESS family 3, 00120008 0003000000000000",
        "EVEN-PORT of 4 bytes, 00180004 80000000",
        "REQUESTED-ADDRESS-FAMILY 7, 00170004 07000000",
    })
    void badAttributeValuesAreTypedErrors(String name, String attr) throws Exception {
        byte[] a = hex(attr);
        byte[] m = new byte[20 + a.length];
        System.arraycopy(hex("000300002112a442000102030405060708090a0b"), 0, m, 0, 20);
        m[3] = (byte) a.length;
        System.arraycopy(a, 0, m, 20, a.length);
        StunFrame f = StunFrame.parse(m, 0, m.length);
        int type = Bytes.u16(a, 0);
        assertThrows(StunFormatException.class, () -> {
            if (type == AttributeTypes.EVEN_PORT) {
                f.evenPort();
            } else if (type == AttributeTypes.REQUESTED_ADDRESS_FAMILY) {
                f.requestedFamily();
            } else {
                f.first(type);
            }
        }, name);
    }

    @Test
    void unknownComprehensionRequiredAttributesAreListed() throws Exception {
        byte[] m = hex("000300142112a442000102030405060708090a0b" + "0031000400000000" + "c001000000240004 00000001".replace(" ", ""));
        StunFrame f = StunFrame.parse(m, 0, m.length);
        assertArrayEquals(new int[] {0x0031}, f.unknownRequired(), "0xC001 is comprehension-optional, PRIORITY known");
    }

    @Test
    void attributesAfterIntegrityAreNotVisible() throws Exception {
        byte[] bare = hex("000300002112a442000102030405060708090a0b");
        byte[] sealed = new Integrity().seal(bare, new byte[16], false);
        byte[] tail = hex("000d000400000e10");
        byte[] m = java.util.Arrays.copyOf(sealed, sealed.length + tail.length);
        System.arraycopy(tail, 0, m, sealed.length, tail.length);
        m[3] = (byte) (m.length - 20);
        StunFrame f = StunFrame.parse(m, 0, m.length);
        assertFalse(f.has(AttributeTypes.LIFETIME));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "channel 0x4000 five bytes padded, 4000000561626364650000000000, 12",
        "channel 0x7ffe empty, 7ffe0000, 4",
        "STUN header only, 000100002112a442, 20",
        "STUN with body, 000100082112a442, 28",
        "three bytes: unknown, 000100, -1",
    })
    void streamFraming(String name, String hex, int expected) throws Exception {
        byte[] b = hex(hex);
        assertEquals(expected, StreamFramer.messageLength(b, 0, b.length), name);
    }

    @ParameterizedTest
    @CsvSource({"80000000", "ff000000", "00010003"})
    void streamGarbageIsATypedError(String hex) {
        byte[] b = hex(hex);
        assertThrows(StunFormatException.class, () -> StreamFramer.messageLength(b, 0, b.length));
    }

    @Test
    void channelDataRows() throws Exception {
        byte[] ok = hex("40010003616263");
        assertTrue(ChannelData.isChannelData(ok, 0, ok.length));
        assertEquals(0x4001, ChannelData.channel(ok, 0));
        assertEquals(3, ChannelData.dataLength(ok, 0, ok.length));
        byte[] lying = hex("40010004616263");
        assertThrows(StunFormatException.class, () -> ChannelData.dataLength(lying, 0, lying.length));
        assertFalse(ChannelData.isChannelData(hex("400100"), 0, 3));
        assertFalse(ChannelData.isChannelData(hex("80010000"), 0, 4));
        assertEquals("4001000361626300", HEX.formatHex(ChannelData.encode(0x4001, "abc".getBytes(), 0, 3, true)));
        assertEquals("40010003616263", HEX.formatHex(ChannelData.encode(0x4001, "abc".getBytes(), 0, 3, false)));
        assertFalse(ChannelData.validChannel(0x3fff));
        assertTrue(ChannelData.validChannel(0x4000));
        assertTrue(ChannelData.validChannel(0x7ffe));
        assertFalse(ChannelData.validChannel(0x7fff));
    }
}
