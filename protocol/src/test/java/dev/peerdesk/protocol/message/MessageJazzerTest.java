package dev.peerdesk.protocol.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Jazzer target for the message parser: same properties as {@link MessageFuzzTest} (typed errors
 * only, exact re-encoding). Under surefire it replays the stored inputs in
 * src/test/resources/.../MessageJazzerTestInputs; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=MessageJazzerTest} fuzzes it coverage-guided and stores crashers there.
 */
class MessageJazzerTest {
    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        ByteBuffer in = ByteBuffer.wrap(input);
        try {
            while (true) {
                int start = in.position();
                Message m = MessageCodec.parse(in);
                if (m == null) {
                    return;
                }
                assertArrayEquals(Arrays.copyOfRange(input, start, in.position()), MessageCodec.encode(m));
            }
        } catch (ProtocolException expected) {
            // the only failure bad input may cause
        }
    }
}
