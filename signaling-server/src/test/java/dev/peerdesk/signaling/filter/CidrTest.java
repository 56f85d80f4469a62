package dev.peerdesk.signaling.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CidrTest {
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "198.18.0.0/15, 198.19.255.255, true",
        "198.18.0.0/15, 198.20.0.0, false",
        "198.18.0.1/15, 198.18.7.7, true",
        "127.0.0.66, 127.0.0.66, true",
        "127.0.0.66, 127.0.0.67, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "127.0.7.0/24, ::ffff:127.0.7.9, true",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "2001:db8::/32, 198.18.0.1, false",
        "198.18.0.0/15, 198.19.255.255, true",
        "198.18.0.0/15, 198.20.0.0, false",
    })
    void contains(String cidr, String address, boolean expected) throws Exception {
        assertEquals(expected, Cidr.parse(cidr).contains(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/8", "1.2.3.4/33", "::/129", "1.2.3.4/-1", "1.2.3.4/x", "example.com", "1.2.3.4.5"})
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @Test
    void denyWinsOverAllow() throws Exception {
        IpFilter f = new IpFilter(List.of(Cidr.parse("198.18.0.0/15")), List.of(Cidr.parse("198.18.5.0/24")));
        assertTrue(f.permits(InetAddress.getByName("198.18.4.1")));
        assertFalse(f.permits(InetAddress.getByName("198.18.5.1")));
        assertFalse(f.permits(InetAddress.getByName("127.0.0.1")));
        assertTrue(new IpFilter(List.of(), List.of()).permits(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void tokenBucketAndFailureLimiterOnAVirtualClock() {
        TokenBucket b = new TokenBucket(2, 1, 0);
        assertTrue(b.tryTake(0));
        assertTrue(b.tryTake(0));
        assertFalse(b.tryTake(999));
        assertTrue(b.tryTake(1000));
        FailureLimiter f = new FailureLimiter(3, 10_000);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, f.blockedUntil("a", i));
            f.recordFailure("a", i);
        }
        assertEquals(10_000, f.blockedUntil("a", 5));
        assertEquals(0, f.blockedUntil("b", 5));
        assertEquals(0, f.blockedUntil("a", 10_000));
    }
}
