package dev.peerdesk.transport.dcep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peerdesk.transport.sctp.Hex;
import dev.peerdesk.transport.sctp.SendOptions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutation fuzzing of the DCEP decoder: only DcepException, and canonical re-encoding. */
class DcepFuzzTest {

    @Test
    void decoderThrowsOnlyDcepException() {
        List<byte[]> corpus = List.of(
                new DataChannelOpen(ChannelType.RELIABLE, 256, 0, "control", "peerdesk/1").encode(),
                new DataChannelOpen(ChannelType.of(false, SendOptions.maxRetransmits(0)), 128, 0, "pointer", "").encode(),
                new DataChannelOpen(ChannelType.PARTIAL_RELIABLE_TIMED, 512, 3000, "é", "x").encode(),
                new DataChannelAck().encode());
        Random r = new Random(4321);
        int decoded = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] m = corpus.get(r.nextInt(corpus.size())).clone();
            int edits = 1 + r.nextInt(4);
            for (int k = 0; k < edits; k++) {
                switch (r.nextInt(4)) {
                    case 0 -> m = java.util.Arrays.copyOf(m, r.nextInt(m.length + 1));
                    case 1 -> m = java.util.Arrays.copyOf(m, m.length + 1 + r.nextInt(8));
                    default -> {
                        if (m.length > 0) {
                            m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                        }
                    }
                }
            }
            try {
                DcepMessage msg = DcepMessage.decode(m);
                decoded++;
                assertEquals(Hex.of(m), Hex.of(msg.encode()), "encode(decode(x)) == x");
            } catch (DcepException expected) {
                // the only allowed outcome for bad input
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for " + Hex.of(m), e);
            }
        }
        System.out.println("dcep fuzz: " + decoded + " mutants decoded");
    }
}
