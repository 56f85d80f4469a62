package dev.peerdesk.protocol.srp;

import dev.peerdesk.protocol.crypto.ModArithmetic;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random peer values at every SRP step: only {@link SrpException}, never an unchecked crash. */
class SrpFuzzTest {
    static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);

    @Test
    void randomPeerValuesOnlyFailTyped() throws Exception {
        Random random = new Random(0x5054);
        SrpVerifier stored = SrpVerifier.generate(P, new byte[16], "id", "pw");
        int[] lengths = {0, 1, 32, 383, 384, 385};
        for (int i = 0; i < 200; i++) {
            byte[] value = new byte[lengths[random.nextInt(lengths.length)]];
            random.nextBytes(value);
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            SrpServer server = new SrpServer(P, stored, new byte[32], secret);
            typed(() -> server.verify(server.challenge(value)));
            SrpClient client = new SrpClient(P, "id", "pw", new byte[32], secret);
            client.start();
            byte[] salt = new byte[random.nextInt(40)];
            random.nextBytes(salt);
            typed(() -> client.finish(client.respond(salt, value)));
        }
    }

    interface Step {
        void run() throws SrpException;
    }

    static void typed(Step step) {
        try {
            step.run();
        } catch (SrpException expected) {
            // typed
        } catch (RuntimeException e) {
            throw new AssertionError("untyped " + e, e);
        }
    }
}
