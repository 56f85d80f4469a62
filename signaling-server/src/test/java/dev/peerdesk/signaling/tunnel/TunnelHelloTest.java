package dev.peerdesk.signaling.tunnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.signaling.broker.Role;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TunnelHelloTest {
    @Test
    void parsesBothRoles() throws Exception {
        assertEquals(new TunnelHello("sid", Role.HOST, "tok"),
                TunnelHello.parse("{\"type\":\"tunnel-hello\",\"session\":\"sid\",\"role\":\"host\",\"token\":\"tok\"}"));
        assertEquals(Role.VIEWER, TunnelHello.parse(
                "{\"type\":\"tunnel-hello\",\"session\":\"s\",\"role\":\"viewer\",\"token\":\"t\"}").role());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "not json",
        "{\"type\":\"hello\",\"session\":\"s\",\"role\":\"host\",\"token\":\"t\"}",
        "{\"type\":\"tunnel-hello\",\"session\":\"s\",\"role\":\"server\",\"token\":\"t\"}",
        "{\"type\":\"tunnel-hello\",\"session\":\"s\",\"role\":\"host\"}",
        "{\"type\":\"tunnel-hello\",\"session\":\"\",\"role\":\"host\",\"token\":\"t\"}",
        "{\"type\":\"tunnel-hello\",\"session\":5,\"role\":\"host\",\"token\":\"t\"}",
        "{\"type\":\"tunnel-hello\",\"session\":\"s\",\"role\":\"host\",\"token\":\"tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt\"}",
    })
    void refusesWithMalformed(String text) {
        TunnelRefusal r = assertThrows(TunnelRefusal.class, () -> TunnelHello.parse(text));
        assertEquals("malformed", r.code);
    }

    /** Seeded fuzzing: any text is a hello or a typed refusal, never another exception. */
    @Test
    void anyTextIsAHelloOrATypedRefusal() {
        SplittableRandom r = new SplittableRandom(8);
        String seed = "{\"type\":\"tunnel-hello\",\"session\":\"sid\",\"role\":\"host\",\"token\":\"tok\"}";
        for (int i = 0; i < 20_000; i++) {
            char[] c = seed.toCharArray();
            for (int k = r.nextInt(1, 4); k > 0; k--) {
                c[r.nextInt(c.length)] = (char) r.nextInt(0x20, 0x7f);
            }
            try {
                TunnelHello.parse(new String(c, 0, r.nextInt(c.length + 1)));
            } catch (TunnelRefusal expected) {
                // typed
            }
        }
    }
}
