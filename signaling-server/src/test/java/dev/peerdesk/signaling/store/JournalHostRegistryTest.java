package dev.peerdesk.signaling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalHostRegistryTest {
    @TempDir
    Path dir;

    static HostRecord host(String id, int keyByte) {
        byte[] key = new byte[32];
        key[0] = (byte) keyByte;
        return new HostRecord(id, key, "fingerprint-" + keyByte, 1000 + keyByte);
    }

    @Test
    void survivesReopenAndRefusesTakenIdsAndKeys() throws IOException {
        try (JournalHostRegistry r = JournalHostRegistry.open(dir)) {
            assertTrue(r.insert(host("111111111", 1)));
            assertTrue(r.insert(host("222222222", 2)));
            assertFalse(r.insert(host("111111111", 3)), "ID taken");
            assertFalse(r.insert(host("333333333", 2)), "key taken");
        }
        try (JournalHostRegistry r = JournalHostRegistry.open(dir)) {
            assertEquals(2, r.size());
            assertEquals(host("111111111", 1), r.findById("111111111").orElseThrow());
            assertEquals("222222222", r.findByKey(host("x", 2).publicKey()).orElseThrow().id());
        }
    }

    @Test
    void aTornLastLineIsCutAndTheJournalStaysAppendable() throws IOException {
        try (JournalHostRegistry r = JournalHostRegistry.open(dir)) {
            r.insert(host("111111111", 1));
        }
        Files.writeString(dir.resolve(JournalHostRegistry.FILE_NAME), "222222222 AAAA", StandardOpenOption.APPEND);
        try (JournalHostRegistry r = JournalHostRegistry.open(dir)) {
            assertEquals(1, r.size());
            assertTrue(r.insert(host("333333333", 3)));
        }
        try (JournalHostRegistry r = JournalHostRegistry.open(dir)) {
            assertEquals(2, r.size());
            assertTrue(r.findById("333333333").isPresent());
        }
    }

    @Test
    void aCorruptCompleteLineStopsTheStart() throws IOException {
        Files.writeString(dir.resolve(JournalHostRegistry.FILE_NAME), "111111111 !!! fp 1\n", StandardCharsets.US_ASCII);
        assertThrows(IOException.class, () -> JournalHostRegistry.open(dir));
    }
}
