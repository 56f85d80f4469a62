package dev.peerdesk.relay.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.relay.auth.Credentials;
import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.List;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.LifetimeAttribute;
import org.ice4j.attribute.UnknownAttributesAttribute;
import org.ice4j.attribute.XorMappedAddressAttribute;
import org.junit.jupiter.api.Test;

/** Each TURN method and each error code of RFC 8656 on a virtual clock. */
class TurnCoreMethodsTest {
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 40000);

    private final CoreRig rig = new CoreRig();
    private final Client alice = new Client(rig, CoreRig.udp("198.51.100.7", 5000), "alice", "wonderland");

    @Test
    void bindingAnswersWithTheClientsAddressWithoutAuthentication() throws Exception {
        byte[] tid = alice.tid();
        StunFrame r = rig.exchange(alice.tuple, Wire.message(0x0001, tid, List.of(), null, true));
        assertEquals(0x0101, r.type());
        assertArrayEquals(tid, r.transactionId());
        XorMappedAddressAttribute m = (XorMappedAddressAttribute) r.first(AttributeTypes.XOR_MAPPED_ADDRESS);
        assertEquals(alice.tuple.client(), m.getAddress(tid));
        assertTrue(r.hasFingerprint(), "FINGERPRINT answered with FINGERPRINT");
    }

    @Test
    void allocateWithoutIntegrityIs401WithRealmAndNonce() throws Exception {
        byte[] req = Wire.request(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17)), null);
        StunFrame r = rig.exchange(alice.tuple, req);
        assertEquals(401, Wire.errorCode(r));
        assertEquals(0x0113, r.type());
        assertTrue(r.has(AttributeTypes.REALM));
        assertFalse(Wire.nonce(r).isEmpty());
        assertFalse(r.hasIntegrity());
    }

    @Test
    void allocateSucceedsAndIsSigned() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        assertTrue(rig.open.contains(relayed));
        assertEquals(1, rig.core.allocations());
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        Client mallory = new Client(rig, alice.tuple, "alice", "guess");
        assertEquals(401, Wire.errorCode(mallory.allocate()));
        assertEquals(0, rig.core.allocations());
    }

    @Test
    void unknownUserIs401() throws Exception {
        assertEquals(401, Wire.errorCode(new Client(rig, alice.tuple, "carol", "x").allocate()));
    }

    @Test
    void integrityWithoutNonceIs400() throws Exception {
        byte[] req = Wire.request(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17),
                AttributeFactory.createUsernameAttribute("alice")), alice.key());
        assertEquals(400, Wire.errorCode(rig.exchange(alice.tuple, req)));
    }

    @Test
    void retransmittedAllocateGetsTheSameAnswerAndANewOneIs437() throws Exception {
        alice.allocateOk();
        byte[] tid = alice.tid();
        List<org.ice4j.attribute.Attribute> rt = List.of(AttributeFactory.createRequestedTransportAttribute((byte) 17));
        assertEquals(437, Wire.errorCode(alice.call(Requests.ALLOCATE, tid, rt)));
        Client again = new Client(rig, CoreRig.udp("198.51.100.8", 5000), "alice", "wonderland");
        byte[] tid2 = again.tid();
        StunFrame first = again.call(Requests.ALLOCATE, tid2, rt);
        assertEquals(0, Wire.errorCode(first));
        byte[] resend = Wire.request(Requests.ALLOCATE, first.transactionId(), java.util.stream.Stream.concat(
                rt.stream(), Wire.credentials("alice", "peerdesk", again.nonce).stream()).toList(), again.key());
        StunFrame second = rig.exchange(again.tuple, resend);
        assertEquals(0, Wire.errorCode(second));
        assertEquals(first.first(AttributeTypes.XOR_RELAYED_ADDRESS), second.first(AttributeTypes.XOR_RELAYED_ADDRESS));
        assertEquals(2, rig.core.allocations());
    }

    @Test
    void requestsWithoutAllocationAre437() throws Exception {
        assertEquals(437, alice.refresh(600));
        assertEquals(437, alice.permit(PEER));
        assertEquals(437, alice.bind(0x4000, PEER));
    }

    @Test
    void staleNonceIs438AndANewNonceWorks() throws Exception {
        alice.allocateOk();
        assertEquals(0, alice.refresh(3600));
        String old = alice.nonce;
        rig.advance(601_000);
        StunFrame r = alice.send(Requests.REFRESH, alice.tid(), List.of(AttributeFactory.createLifetimeAttribute(600)));
        assertEquals(438, Wire.errorCode(r));
        assertNotEquals(old, Wire.nonce(r));
        alice.nonce = Wire.nonce(r);
        assertEquals(0, alice.refresh(600));
    }

    @Test
    void otherUserOnTheSameFiveTupleIs441() throws Exception {
        alice.allocateOk();
        Client bob = new Client(rig, alice.tuple, "bob", "builder");
        assertEquals(441, bob.refresh(600));
    }

    @Test
    void tcpRelayingIs442AndMissingTransportIs400() throws Exception {
        assertEquals(442, Wire.errorCode(alice.call(Requests.ALLOCATE, alice.tid(),
                List.of(AttributeFactory.createRequestedTransportAttribute((byte) 6)))));
        assertEquals(400, Wire.errorCode(alice.call(Requests.ALLOCATE, alice.tid(), List.of())));
    }

    @Test
    void perUserQuotaIs486() throws Exception {
        CoreRig small = new CoreRig(TurnPolicy.of("peerdesk", PeerFilter.defaults(), 1, 0), 10);
        new Client(small, CoreRig.udp("198.51.100.7", 1), "alice", "wonderland").allocateOk();
        assertEquals(486, Wire.errorCode(new Client(small, CoreRig.udp("198.51.100.7", 2), "alice", "wonderland").allocate()));
        new Client(small, CoreRig.udp("198.51.100.7", 3), "bob", "builder").allocateOk();
    }

    @Test
    void noFreePortIs508() throws Exception {
        CoreRig small = new CoreRig(TurnPolicy.of("peerdesk", PeerFilter.defaults(), 0, 0), 1);
        new Client(small, CoreRig.udp("198.51.100.7", 1), "alice", "wonderland").allocateOk();
        assertEquals(508, Wire.errorCode(new Client(small, CoreRig.udp("198.51.100.7", 2), "alice", "wonderland").allocate()));
    }

    @Test
    void evenPortWithReservationHandsOutATokenForTheNextPort() throws Exception {
        StunFrame r = alice.call(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17),
                Wire.raw(AttributeTypes.EVEN_PORT, (byte) 0x80)));
        assertEquals(0, Wire.errorCode(r));
        int at = r.valueOffset(AttributeTypes.RESERVATION_TOKEN);
        byte[] token = java.util.Arrays.copyOfRange(r.rawBuffer(), at, at + 8);
        assertEquals(2, rig.open.size(), "both ports of the pair held");
        Client second = new Client(rig, CoreRig.udp("198.51.100.7", 5001), "alice", "wonderland");
        List<Object> withToken = List.of(AttributeFactory.createRequestedTransportAttribute((byte) 17),
                Wire.raw(AttributeTypes.RESERVATION_TOKEN, token));
        assertEquals(0, Wire.errorCode(second.call(Requests.ALLOCATE, second.tid(), withToken)));
        assertEquals(2, rig.open.size(), "the reserved port became the second allocation");
        Client third = new Client(rig, CoreRig.udp("198.51.100.7", 5002), "alice", "wonderland");
        assertEquals(508, Wire.errorCode(third.call(Requests.ALLOCATE, third.tid(), withToken)), "token used up");
        assertEquals(400, Wire.errorCode(third.call(Requests.ALLOCATE, third.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17),
                Wire.raw(AttributeTypes.EVEN_PORT, (byte) 0), Wire.raw(AttributeTypes.RESERVATION_TOKEN, token)))));
    }

    @Test
    void unusedReservationIsClosedAfter30Seconds() throws Exception {
        alice.call(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17),
                Wire.raw(AttributeTypes.EVEN_PORT, (byte) 0x80)));
        assertEquals(2, rig.open.size());
        rig.advance(30_000);
        assertEquals(1, rig.open.size());
    }

    @Test
    void ipv6RelayIs440() throws Exception {
        assertEquals(440, Wire.errorCode(alice.call(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17),
                requestedFamily(0x02)))));
    }

    @Test
    void unknownComprehensionRequiredAttributeIs420() throws Exception {
        StunFrame r = alice.call(Requests.ALLOCATE, alice.tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute((byte) 17), Wire.raw(0x0031, (byte) 1, (byte) 2, (byte) 3, (byte) 4)));
        assertEquals(420, Wire.errorCode(r));
        UnknownAttributesAttribute u = (UnknownAttributesAttribute) r.first(AttributeTypes.UNKNOWN_ATTRIBUTES);
        assertTrue(u.contains((char) 0x0031));
    }

    @Test
    void privateAndLoopbackPeersAre403AndPublicOnesAllowed() throws Exception {
        alice.allocateOk();
        assertEquals(403, alice.permit(new InetSocketAddress("127.0.0.1", 1)));
        assertEquals(403, alice.permit(new InetSocketAddress("10.1.2.3", 1)));
        assertEquals(403, alice.permit(new InetSocketAddress("192.168.1.1", 1)));
        assertEquals(403, alice.bind(0x4001, new InetSocketAddress("169.254.0.1", 1)));
        assertEquals(0, alice.permit(PEER));
    }

    @Test
    void loopbackAllowedAndDeniedRangeWins() throws Exception {
        CoreRig r = new CoreRig(TurnPolicy.of("peerdesk",
                new PeerFilter(true, List.of(), List.of(Cidr.parse("203.0.113.0/24"))), 0, 0), 10);
        Client c = new Client(r, CoreRig.udp("198.51.100.7", 1), "alice", "wonderland");
        c.allocateOk();
        assertEquals(0, c.permit(new InetSocketAddress("127.0.0.1", 9)));
        assertEquals(403, c.permit(PEER));
    }

    @Test
    void ipv6PeerOnIpv4RelayIs443() throws Exception {
        alice.allocateOk();
        assertEquals(443, alice.permit(new InetSocketAddress("2001:db8::1", 1)));
    }

    @Test
    void channelBindRules() throws Exception {
        alice.allocateOk();
        assertEquals(400, alice.bind(0x3FFF, PEER), "below 0x4000");
        assertEquals(400, alice.bind(0x7FFF, PEER), "above 0x7FFE");
        assertEquals(0, alice.bind(0x4000, PEER));
        assertEquals(0, alice.bind(0x4000, PEER), "refresh of the same binding");
        assertEquals(400, alice.bind(0x4000, new InetSocketAddress("203.0.113.6", 1)), "number taken");
        assertEquals(400, alice.bind(0x4001, PEER), "peer taken");
    }

    @Test
    void channelsAndPermissionsPerAllocationAreBounded() throws Exception {
        alice.allocateOk();
        for (int i = 0; i < Allocation.MAX_CHANNELS; i++) {
            assertEquals(0, alice.bind(0x4000 + i, new InetSocketAddress("203.0.113.7", 1000 + i)));
        }
        assertEquals(508, alice.bind(0x5000, new InetSocketAddress("203.0.113.7", 5000)));
        for (int i = 1; i < Allocation.MAX_PERMISSIONS; i++) {
            assertEquals(0, alice.permit(new InetSocketAddress("198.18." + (i / 200) + "." + (i % 200 + 1), 1)));
        }
        assertEquals(508, alice.permit(new InetSocketAddress("203.0.114.1", 1)));
        assertEquals(0, alice.permit(new InetSocketAddress("203.0.113.7", 9)), "refreshing an existing permission works");
    }

    @Test
    void refreshExtendsAndZeroDeletes() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        StunFrame r = alice.call(Requests.REFRESH, alice.tid(), List.of(AttributeFactory.createLifetimeAttribute(99_999)));
        assertEquals(3600, ((LifetimeAttribute) r.first(AttributeTypes.LIFETIME)).getLifetime(), "capped at max");
        rig.advance(3_000_000);
        assertEquals(1, rig.core.allocations(), "refreshed beyond the first 600 s");
        assertEquals(0, alice.refresh(0));
        assertEquals(0, rig.core.allocations());
        assertFalse(rig.open.contains(relayed), "relayed port closed");
    }

    @Test
    void allocationExpiresAndFreesItsPort() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        rig.advance(599_000);
        assertEquals(1, rig.core.allocations());
        assertTrue(rig.core.pollTimeout() <= rig.now + 1_000);
        rig.advance(1_000);
        assertEquals(0, rig.core.allocations());
        assertFalse(rig.open.contains(relayed));
        assertEquals(437, alice.refresh(600));
    }

    @Test
    void restCredentialsWorkUntilTheirExpiry() throws Exception {
        String user = (rig.now / 1000 + 60) + ":host-123";
        Client rest = new Client(rig, alice.tuple, user, Credentials.restPassword(CoreRig.SECRET, user));
        rest.allocateOk();
        rig.advance(61_000);
        assertEquals(401, rest.refresh(600), "expired REST username refused");
        String old = (rig.now / 1000 - 1) + ":host-123";
        assertEquals(401, Wire.errorCode(new Client(rig, CoreRig.udp("198.51.100.9", 1), old,
                Credentials.restPassword(CoreRig.SECRET, old)).allocate()));
    }

    @Test
    void tcpClientCloseDeletesTheAllocation() throws Exception {
        FiveTuple tcp = new FiveTuple(FiveTuple.Protocol.TCP, alice.tuple.server(), alice.tuple.client());
        InetSocketAddress relayed = new Client(rig, tcp, "alice", "wonderland").allocateOk();
        rig.core.clientClosed(rig.now, tcp);
        assertEquals(0, rig.core.allocations());
        assertFalse(rig.open.contains(relayed));
    }

    private static byte[] requestedFamily(int family) {
        return Wire.raw(AttributeTypes.REQUESTED_ADDRESS_FAMILY, (byte) family, (byte) 0, (byte) 0, (byte) 0);
    }

    static {
        Messages.typeOf(0, 0); // loads Messages, which turns off ice4j's own SOFTWARE attribute
    }
}
