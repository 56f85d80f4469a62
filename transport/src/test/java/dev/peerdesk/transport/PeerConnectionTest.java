package dev.peerdesk.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sdp.OfferParser;
import dev.peerdesk.transport.sdp.RemoteOffer;
import dev.peerdesk.transport.sdp.SdpException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The runtime without a remote peer: answers, bad input, timeouts. */
class PeerConnectionTest {
    static final String OFFER = String.join("\r\n", "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0",
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel", "c=IN IP4 0.0.0.0", "a=ice-ufrag:abcd",
            "a=ice-pwd:0123456789abcdefghijkl", "a=fingerprint:sha-256 "
                    + "8B:C6:C7:1E:63:63:92:45:FD:BC:FB:07:1C:85:EF:5E:FF:62:3E:6F:57:A0:8F:A6:CE:87:97:FC:62:65:F3:13",
            "a=setup:actpass", "a=mid:0", "a=sctp-port:5000", "a=max-message-size:262144", "");

    @Test
    void answerCarriesOurFingerprintRoleAndHostCandidates() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        try (PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), new PeerListener() {
            @Override
            public void onClosed(String reason) {
                closed.countDown();
            }
        })) {
            RemoteOffer answer = OfferParser.parse(pc.setRemoteOffer(OFFER));
            assertEquals(java.util.List.of(pc.localFingerprint()), answer.fingerprints());
            assertEquals(dev.peerdesk.transport.sdp.DtlsSetup.ACTIVE, answer.setup());
            assertTrue(answer.candidates().stream().anyMatch(c -> c.type().equals("host") && !c.address().startsWith("127.")),
                    "a non-loopback host candidate: " + answer.candidates());
            assertEquals(answer.iceUfrag(), OfferParser.parse(pc.setRemoteOffer(OFFER)).iceUfrag(),
                    "the same offer again is no ICE restart");
            SdpException swapped = assertThrows(SdpException.class,
                    () -> pc.setRemoteOffer(OFFER.replace("8B:C6", "8B:C7")));
            assertEquals(SdpException.Problem.BAD_FINGERPRINT, swapped.problem(), "no new DTLS identity mid-session");
            RemoteOffer restarted = OfferParser.parse(pc.setRemoteOffer(OFFER.replace("ice-ufrag:abcd", "ice-ufrag:efgh")));
            assertTrue(!restarted.iceUfrag().equals(answer.iceUfrag()), "ICE restart: new local credentials");
            assertEquals(answer.fingerprints(), restarted.fingerprints());
            pc.addRemoteCandidate("candidate:1 1 udp 2113937151 0f2c1f4e-7d6c-4f4e-9d7e-111111111111.local 5000 typ host");
            pc.addRemoteCandidate(null); // end-of-candidates
            assertThrows(SdpException.class, () -> pc.addRemoteCandidate("candidate:garbage"));
        }
        assertTrue(closed.await(10, TimeUnit.SECONDS), "close is reported");
    }

    @Test
    void badOfferIsATypedError() {
        try (PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults(), new PeerListener() { })) {
            SdpException e = assertThrows(SdpException.class, () -> pc.setRemoteOffer(OFFER.replace("a=ice-pwd", "a=x")));
            assertEquals(SdpException.Problem.BAD_ICE_CREDENTIALS, e.problem());
        }
    }

    @Test
    void nobodyAnsweringEndsWithConnectTimeout() throws Exception {
        AtomicReference<String> reason = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        try (PeerConnection pc = PeerConnection.create(PeerConnectionConfig.defaults().withTimeouts(1500, 30_000),
                new PeerListener() {
                    @Override
                    public void onClosed(String r) {
                        reason.set(r);
                        closed.countDown();
                    }
                })) {
            pc.setRemoteOffer(OFFER);
            assertTrue(closed.await(20, TimeUnit.SECONDS));
            assertTrue(reason.get().startsWith("not connected within 1500 ms"), reason.get());
        }
    }
}
