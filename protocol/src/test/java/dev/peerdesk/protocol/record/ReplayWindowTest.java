package dev.peerdesk.protocol.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {
    /** Against a model: fresh iff never seen and not SIZE or more behind the highest seen. */
    @Test
    void matchesAReferenceModelOnRandomArrivals() {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            ReplayWindow window = new ReplayWindow();
            Set<Long> seen = new HashSet<>();
            long highest = -1;
            long base = seed % 2 == 0 ? 0 : -3000L; // also cross the unsigned 2^63 boundary region
            long cursor = base;
            for (int i = 0; i < 20000; i++) {
                long s = cursor + random.nextInt(3000) - 1500;
                if (random.nextInt(10) == 0) {
                    cursor += random.nextInt(2500);
                }
                if (base == 0 && s < 0) {
                    continue;
                }
                boolean expected = !seen.contains(s)
                        && (highest == -1 && seen.isEmpty() || Long.compareUnsigned(s, highest) > 0
                            || Long.compareUnsigned(highest - s, ReplayWindow.SIZE) < 0);
                assertEquals(expected, window.isFresh(s), "seed " + seed + " step " + i + " seq " + s);
                if (expected) {
                    window.mark(s);
                    seen.add(s);
                    if (highest == -1 && seen.size() == 1 || Long.compareUnsigned(s, highest) > 0) {
                        highest = s;
                    }
                }
            }
        }
    }

    @Test
    void edgesOfTheWindow() {
        ReplayWindow w = new ReplayWindow();
        w.mark(5000);
        assertTrue(w.isFresh(5000 - ReplayWindow.SIZE + 1));
        assertFalse(w.isFresh(5000 - ReplayWindow.SIZE));
        assertFalse(w.isFresh(5000));
        assertTrue(w.isFresh(5001));
        w.mark(5000 + ReplayWindow.SIZE * 3L);
        assertFalse(w.isFresh(5000));
        assertTrue(w.isFresh(5000 + ReplayWindow.SIZE * 3L - 1));
    }
}
