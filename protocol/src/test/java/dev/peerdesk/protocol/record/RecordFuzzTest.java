package dev.peerdesk.protocol.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peerdesk.protocol.crypto.AesGcm;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of {@link RecordOpener}: valid records with flipped, set, cut or inserted
 * bytes. Only {@link RecordException} may come out, and a record that opens must be unaltered
 * (GCM must catch every change). Both AEADs, both channel kinds.
 */
class RecordFuzzTest {
    @Test
    void mutatedRecordsNeverOpenAndOnlyFailTyped() {
        Random random = new Random(0xfeed);
        RecordKeys keys = RecordKeys.derive(new byte[32], new byte[32]);
        for (int i = 0; i < 4000; i++) {
            boolean pure = i % 2 == 0;
            boolean ordered = random.nextBoolean();
            RecordSession host = RecordSession.host(keys, pure ? AesGcm.FACTORY : JcaAesGcm.FACTORY);
            RecordSession viewer = RecordSession.viewer(keys, pure ? AesGcm.FACTORY : JcaAesGcm.FACTORY);
            byte[] plain = new byte[random.nextInt(100)];
            random.nextBytes(plain);
            byte[] record = host.sealer(3).seal(RecordType.MESSAGES, plain);
            byte[] mutated = mutate(random, record);
            RecordOpener opener = viewer.opener(3, ordered);
            try {
                Record r = opener.open(mutated);
                if (!Arrays.equals(record, mutated)) {
                    fail("iteration " + i + ": an altered record opened");
                }
                assertArrayEquals(plain, r.plaintext());
            } catch (RecordException expected) {
                // typed refusal
            } catch (RuntimeException e) {
                throw new AssertionError("iteration " + i + ": untyped " + e, e);
            }
        }
    }

    static byte[] mutate(Random random, byte[] in) {
        byte[] data = in.clone();
        int pos = random.nextInt(data.length);
        switch (random.nextInt(5)) {
            case 0 -> data[pos] ^= (byte) (1 << random.nextInt(8));
            case 1 -> data[pos] = (byte) random.nextInt(256);
            case 2 -> data = Arrays.copyOf(data, pos);
            case 3 -> {
                data = Arrays.copyOf(data, data.length + 1 + random.nextInt(20));
            }
            default -> {
                // unchanged: the control that a good record still opens
            }
        }
        return data;
    }
}
