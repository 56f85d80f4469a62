package dev.peerdesk.protocol.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.crypto.AeadException;
import dev.peerdesk.protocol.crypto.Hex;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordLayerTest {
    static final byte[] K = Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final byte[] T = Hex.decode("aa".repeat(32));
    static final RecordKeys KEYS = RecordKeys.derive(K, T);
    static final RecordSession HOST = RecordSession.host(KEYS, JcaAesGcm.FACTORY);
    static final RecordSession VIEWER = RecordSession.viewer(KEYS, JcaAesGcm.FACTORY);

    static void assertError(RecordError expected, RecordOpener opener, byte[] record) {
        assertEquals(expected, assertThrows(RecordException.class, () -> opener.open(record)).error());
    }

    @Test
    void jcaAesGcmMatchesTheGcmSpecVectors() throws AeadException {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13 and 14 (AES-256).
        // Fresh instances: JCA itself refuses to encrypt twice under one key and nonce.
        assertEquals("530f8afbc74536b9a963b4f1c4cb738b", Hex.encode(new JcaAesGcm(new byte[32]).seal(new byte[12], new byte[0], new byte[0])));
        assertEquals("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919",
                Hex.encode(new JcaAesGcm(new byte[32]).seal(new byte[12], new byte[0], new byte[16])));
        assertArrayEquals(new byte[16], new JcaAesGcm(new byte[32]).open(new byte[12], new byte[0],
                Hex.decode("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919")));
    }

    @Test
    void keysAreHkdfOfTheSessionKeyPerDirection() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(T, "HmacSHA256"));
        byte[] prk = mac.doFinal(K);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(RecordKeys.HOST_TO_VIEWER);
        assertArrayEquals(mac.doFinal(new byte[] {1}), KEYS.hostToViewer());
        mac.update(RecordKeys.VIEWER_TO_HOST);
        assertArrayEquals(mac.doFinal(new byte[] {1}), KEYS.viewerToHost());
        assertFalse(Arrays.equals(KEYS.hostToViewer(), KEYS.viewerToHost()));
    }

    @Test
    void bothDirectionsRoundTrip() throws Exception {
        RecordSealer hostOut = HOST.sealer(1);
        RecordOpener viewerIn = VIEWER.opener(1, true);
        RecordSealer viewerOut = VIEWER.sealer(1);
        RecordOpener hostIn = HOST.opener(1, true);
        for (int i = 0; i < 5; i++) {
            byte[] msg = ("frame " + i).getBytes();
            Record r = viewerIn.open(hostOut.seal(RecordType.MESSAGES, msg));
            assertEquals(i, r.sequence());
            assertArrayEquals(msg, r.plaintext());
            assertArrayEquals(msg, hostIn.open(viewerOut.seal(RecordType.MESSAGES, msg)).plaintext());
        }
    }

    @Test
    void wireLayoutIsTypeSequenceCiphertextTag() {
        byte[] record = HOST.sealer(3).seal(RecordType.MESSAGES, new byte[5]);
        assertEquals(Record.HEADER_LENGTH + 5 + 16, record.length);
        assertEquals("010000000000000000", Hex.encode(Arrays.copyOf(record, 9)));
    }

    @Test
    void reflectedRecordDoesNotOpen() {
        // A record the host sealed, sent back to the host, meets the other direction's key.
        byte[] record = HOST.sealer(1).seal(RecordType.MESSAGES, new byte[10]);
        assertError(RecordError.FORGED, HOST.opener(1, true), record);
    }

    @Test
    void recordMovedToAnotherChannelDoesNotOpen() {
        byte[] record = HOST.sealer(1).seal(RecordType.MESSAGES, new byte[10]);
        assertError(RecordError.FORGED, VIEWER.opener(2, true), record);
    }

    @Test
    void orderedChannelRefusesReplayGapAndReorder() throws Exception {
        RecordSealer out = HOST.sealer(0);
        byte[] r0 = out.seal(RecordType.MESSAGES, new byte[1]);
        byte[] r1 = out.seal(RecordType.MESSAGES, new byte[1]);
        byte[] r2 = out.seal(RecordType.MESSAGES, new byte[1]);

        RecordOpener replay = VIEWER.opener(0, true);
        replay.open(r0);
        assertError(RecordError.REPLAY, replay, r0);
        assertError(RecordError.CLOSED, replay, r1); // poisoned after the first refusal

        RecordOpener gap = VIEWER.opener(0, true);
        gap.open(r0);
        assertError(RecordError.GAP, gap, r2);

        RecordOpener reorder = VIEWER.opener(0, true);
        assertError(RecordError.GAP, reorder, r1);
    }

    @Test
    void unorderedChannelAcceptsAnyFreshOrderOnce() throws Exception {
        RecordSealer out = HOST.sealer(2);
        byte[][] records = new byte[5][];
        for (int i = 0; i < 5; i++) {
            records[i] = out.seal(RecordType.MESSAGES, new byte[] {(byte) i});
        }
        RecordOpener in = VIEWER.opener(2, false);
        for (int i : new int[] {3, 0, 4, 1}) {
            assertEquals(i, in.open(records[i]).plaintext()[0]);
        }
        assertError(RecordError.REPLAY, in, records[4]);
    }

    @Test
    void unorderedChannelRefusesRecordsOlderThanTheWindow() throws Exception {
        RecordSealer out = HOST.sealer(2);
        byte[] first = out.seal(RecordType.MESSAGES, new byte[1]);
        RecordOpener in = VIEWER.opener(2, false);
        byte[] last = null;
        for (int i = 1; i <= ReplayWindow.SIZE; i++) {
            last = out.seal(RecordType.MESSAGES, new byte[1]);
        }
        in.open(last);
        assertError(RecordError.REPLAY, in, first);
    }

    /** Flipping any bit of a record on an unordered channel (no sequence pre-check) is caught. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 8, 9, 12, 14, 20, 29})
    void anyAlteredByteIsForged(int index) {
        byte[] record = HOST.sealer(4).seal(RecordType.MESSAGES, new byte[5]);
        record[index] ^= 0x01;
        assertError(RecordError.FORGED, VIEWER.opener(4, false), record);
    }

    @Test
    void changedTypeIsForgedAndUnknownTypeRefused() {
        byte[] record = HOST.sealer(4).seal(RecordType.MESSAGES, new byte[5]);
        record[0] = (byte) RecordType.CLOSE.code();
        assertError(RecordError.FORGED, VIEWER.opener(4, true), record);
        record[0] = 9;
        assertError(RecordError.UNKNOWN_TYPE, VIEWER.opener(4, true), record);
    }

    @Test
    void sizeLimits() {
        assertError(RecordError.TRUNCATED, VIEWER.opener(0, true), new byte[Record.HEADER_LENGTH + 15]);
        assertError(RecordError.TOO_LARGE, VIEWER.opener(0, true), new byte[Record.MAX_RECORD_LENGTH + 1]);
        byte[] max = HOST.sealer(0).seal(RecordType.MESSAGES, new byte[Record.MAX_PLAINTEXT_LENGTH]);
        assertEquals(Record.MAX_RECORD_LENGTH, max.length);
        assertThrows(IllegalArgumentException.class,
                () -> HOST.sealer(0).seal(RecordType.MESSAGES, new byte[Record.MAX_PLAINTEXT_LENGTH + 1]));
    }

    @Test
    void nothingOpensAfterClose() throws Exception {
        RecordSealer out = HOST.sealer(0);
        RecordOpener in = VIEWER.opener(0, true);
        assertEquals(RecordType.CLOSE, in.open(out.seal(RecordType.CLOSE, new byte[0])).type());
        assertThrows(IllegalStateException.class, () -> out.seal(RecordType.MESSAGES, new byte[0]));
        assertError(RecordError.CLOSED, in, new byte[40]);
    }

    @Test
    void randomGarbageOnlyEverGivesTypedErrors() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(80)];
            random.nextBytes(junk);
            RecordOpener in = VIEWER.opener(0, random.nextBoolean());
            assertThrows(RecordException.class, () -> in.open(junk));
        }
    }
}
