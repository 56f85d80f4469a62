package dev.peerdesk.transport.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sdp.IceCandidate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Candidate gathering against a real coturn: relayed candidates with the right credentials only. */
class IceGatheringTest {

    @Test
    void relayCandidateTricklesWithValidCredentials() throws Exception {
        try (Coturn turn = Coturn.start()) {
            List<IceCandidate> found = gather(IceServers.turn(turn.address(), Coturn.USER, Coturn.PASSWORD));
            IceCandidate relay = found.stream().filter(c -> c.type().equals("relay")).findFirst()
                    .orElseThrow(() -> new AssertionError("no relay candidate in " + found));
            assertEquals("127.0.0.1", relay.address());
            assertTrue(relay.port() >= turn.minRelayPort && relay.port() <= turn.maxRelayPort, relay.sdpValue());
            assertTrue(relay.relatedAddress() != null, "relay candidates name their base: " + relay.sdpValue());
        }
    }

    @Test
    void wrongPasswordGivesNoRelayButGatheringEnds() throws Exception {
        try (Coturn turn = Coturn.start()) {
            List<IceCandidate> found = gather(IceServers.turn(turn.address(), Coturn.USER, "wrong"));
            assertFalse(found.stream().anyMatch(c -> c.type().equals("relay")), found.toString());
        }
    }

    @Test
    void stunAndTurnTogether() throws Exception {
        try (Coturn turn = Coturn.start()) {
            List<IceCandidate> found = gather(IceServers.turn(turn.address(), Coturn.USER, Coturn.PASSWORD)
                    .withStun(turn.address()));
            assertTrue(found.stream().anyMatch(c -> c.type().equals("relay")), found.toString());
        }
    }

    @Test
    void stunGatheringEnds() throws Exception {
        try (Coturn turn = Coturn.start()) {
            // on one machine the mapped address equals the host address, so ice4j drops the srflx as redundant
            // (RFC 8445 section 5.1.3); what must hold is that the STUN transaction ends gathering cleanly
            List<IceCandidate> found = gather(IceServers.stunOnly(turn.address()));
            assertTrue(found.stream().allMatch(c -> c.type().equals("srflx")), found.toString());
        }
    }

    /** Trickled candidates until end-of-candidates (bounded). */
    private static List<IceCandidate> gather(IceServers servers) throws Exception {
        List<IceCandidate> found = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (IceSession s = IceSession.create(servers, new IceListener() {
            @Override
            public void localCandidate(IceCandidate candidate) {
                found.add(candidate);
            }

            @Override
            public void localCandidatesDone() {
                done.countDown();
            }

            @Override
            public void connected(String selectedPair) {
            }

            @Override
            public void failed(String reason) {
            }
        })) {
            assertTrue(s.localCandidates().stream().allMatch(c -> c.type().equals("host")), "the answer has host ones");
            s.start("abcd", "0123456789abcdefghijkl", List.of());
            assertTrue(done.await(40, TimeUnit.SECONDS), "gathering ends; found " + found);
        }
        return found;
    }
}
