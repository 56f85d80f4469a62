package dev.peerdesk.host.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.message.MessageCodec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The tunnel marker binds the path and the session into the SRP transcript, losslessly. */
class TunnelBindingTest {
    static byte[] transcript(String viewerFp, String hostFp) {
        return ChannelBinding.transcript(MessageCodec.VERSION, "123456789", new byte[32], viewerFp, hostFp);
    }

    @Test
    void theMarkerIsTheSessionIdInHex() {
        assertEquals("peerdesk-tunnel 6142", TunnelBinding.marker("aB"));
        assertEquals(TunnelBinding.marker("aB"), ChannelBinding.normalizeFingerprint(TunnelBinding.marker("aB")));
    }

    @Test
    void anotherSessionOrAnotherPathGivesAnotherTranscript() {
        String a = TunnelBinding.marker("AAAAAAAAAAAAAAAAAAAAAA");
        byte[] tunnelled = transcript(a, a);
        // Session ids are case-sensitive base64url: normalization must not merge "aB" and "Ab".
        String b = TunnelBinding.marker("aAAAAAAAAAAAAAAAAAAAAA");
        assertFalse(Arrays.equals(tunnelled, transcript(b, b)));
        assertFalse(Arrays.equals(tunnelled, transcript(TestViewer.VIEWER_FP, TestViewer.HOST_FP)));
        assertFalse(Arrays.equals(tunnelled, transcript(a, TestViewer.HOST_FP)));
    }
}
