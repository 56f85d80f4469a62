package dev.peerdesk.signaling.tunnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThrottleTest {
    static final long S = 1_000_000_000L;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case,                         burst, perSecond, first, atNanos, second, expected wait (ns)
        "within the burst,               100,   10,        60,    0,       40,     0",
        "one unit over a full bucket,    100,   10,        100,   0,       1,      100000000",
        "debt is paid back over time,    100,   10,        100,   500000000, 10,   500000000",
        "refill never exceeds the burst, 100,   10,        0,     100000000000, 150, 5000000000",
        "a huge frame waits its share,   1000,  1000,      0,     0,       3000,   2000000000",
    })
    void waits(String name, double burst, double perSecond, double first, long at, double second, long wait) {
        Throttle t = new Throttle(burst, perSecond, 0);
        t.take(first, 0);
        long got = t.take(second, at);
        // Rates are doubles: a nanosecond of rounding either way is not a behaviour.
        assertTrue(Math.abs(got - wait) <= 1, () -> "waited " + got + ", expected " + wait);
    }

    @Test
    void waitingTheAnsweredTimeClearsTheDebt() {
        Throttle t = new Throttle(10, 100, 0);
        long wait = t.take(20, 0);
        assertTrue(Math.abs(S / 10 - wait) <= 1, () -> "waited " + wait);
        assertEquals(0, t.take(0, wait + 1));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Throttle(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Throttle(1, 0, 0));
    }
}
