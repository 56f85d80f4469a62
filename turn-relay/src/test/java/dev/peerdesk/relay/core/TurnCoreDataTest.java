package dev.peerdesk.relay.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.DataAttribute;
import org.ice4j.attribute.XorPeerAddressAttribute;
import org.junit.jupiter.api.Test;

/** Send/Data indications, ChannelData both ways, permissions, expiry and the bandwidth quota. */
class TurnCoreDataTest {
    private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 40000);
    private static final byte[] HELLO = "hello peer".getBytes();

    private final CoreRig rig = new CoreRig();
    private final Client alice = new Client(rig, CoreRig.udp("198.51.100.7", 5000), "alice", "wonderland");

    private List<Transmit> sendIndication(InetSocketAddress peer, byte[] data) {
        byte[] tid = alice.tid();
        byte[] m = Wire.message(0x0016, tid, List.of(Wire.peer(peer, tid), AttributeFactory.createDataAttribute(data)),
                null, false);
        rig.core.handleClient(rig.now, alice.tuple, m, 0, m.length);
        return rig.drain();
    }

    private List<Transmit> fromPeer(InetSocketAddress relayed, InetSocketAddress peer, byte[] data) {
        rig.core.handlePeer(rig.now, relayed, peer, data, 0, data.length);
        return rig.drain();
    }

    private static byte[] toPeerBytes(Transmit t) {
        Transmit.ToPeer p = (Transmit.ToPeer) t;
        return Arrays.copyOfRange(p.data(), p.offset(), p.offset() + p.length());
    }

    @Test
    void sendIndicationNeedsAPermission() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        assertEquals(List.of(), sendIndication(PEER, HELLO), "no permission yet: dropped");
        assertEquals(0, alice.permit(PEER));
        List<Transmit> out = sendIndication(PEER, HELLO);
        assertEquals(1, out.size());
        Transmit.ToPeer p = (Transmit.ToPeer) out.get(0);
        assertEquals(relayed, p.relay());
        assertEquals(PEER, p.peer());
        assertArrayEquals(HELLO, toPeerBytes(p));
    }

    @Test
    void peerDataBecomesADataIndicationThenChannelDataOnceBound() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        assertEquals(List.of(), fromPeer(relayed, PEER, HELLO), "no permission: dropped");
        assertEquals(0, alice.permit(PEER));
        InetSocketAddress otherPort = new InetSocketAddress(PEER.getAddress(), 1234);
        List<Transmit> out = fromPeer(relayed, otherPort, HELLO);
        StunFrame ind = Wire.parse(((Transmit.ToClient) out.get(0)).data());
        assertEquals(0x0017, ind.type(), "Data indication");
        assertEquals(otherPort, ((XorPeerAddressAttribute) ind.first(AttributeTypes.XOR_PEER_ADDRESS)).getAddress(ind.transactionId()));
        assertArrayEquals(HELLO, ((DataAttribute) ind.first(AttributeTypes.DATA)).getData());

        assertEquals(0, alice.bind(0x4001, PEER));
        byte[] cd = ((Transmit.ToClient) fromPeer(relayed, PEER, HELLO).get(0)).data();
        assertEquals("4001000a" + HexFormat.of().formatHex(HELLO), HexFormat.of().formatHex(cd), "unpadded on UDP");
    }

    @Test
    void channelDataFromTheClientGoesToTheBoundPeer() throws Exception {
        alice.allocateOk();
        byte[] cd = HexFormat.of().parseHex("40020003616263" + "00");
        rig.core.handleClient(rig.now, alice.tuple, cd, 0, cd.length);
        assertEquals(List.of(), rig.drain(), "unbound channel: dropped");
        assertEquals(0, alice.bind(0x4002, PEER));
        rig.core.handleClient(rig.now, alice.tuple, cd, 0, cd.length);
        List<Transmit> out = rig.drain();
        assertArrayEquals("abc".getBytes(), toPeerBytes(out.get(0)));
        byte[] lying = HexFormat.of().parseHex("40020009616263");
        rig.core.handleClient(rig.now, alice.tuple, lying, 0, lying.length);
        assertEquals(List.of(), rig.drain(), "length beyond the datagram: dropped");
    }

    @Test
    void channelDataToATcpClientIsPadded() throws Exception {
        FiveTuple tcp = new FiveTuple(FiveTuple.Protocol.TCP, alice.tuple.server(), alice.tuple.client());
        Client c = new Client(rig, tcp, "alice", "wonderland");
        InetSocketAddress relayed = c.allocateOk();
        assertEquals(0, c.bind(0x4000, PEER));
        byte[] cd = ((Transmit.ToClient) fromPeer(relayed, PEER, "abcde".getBytes()).get(0)).data();
        assertEquals("400000056162636465000000", HexFormat.of().formatHex(cd));
    }

    @Test
    void permissionsAndChannelsExpire() throws Exception {
        InetSocketAddress relayed = alice.allocateOk();
        assertEquals(0, alice.refresh(3600));
        assertEquals(0, alice.bind(0x4003, PEER));
        rig.advance(299_000);
        assertEquals(1, fromPeer(relayed, PEER, HELLO).size());
        rig.advance(1_000);
        assertEquals(List.of(), fromPeer(relayed, PEER, HELLO), "permission (300 s) expired");
        assertEquals(0, alice.permit(PEER));
        assertTrue(((Transmit.ToClient) fromPeer(relayed, PEER, HELLO).get(0)).data()[0] == 0x40, "channel still bound");
        rig.advance(300_000);
        assertEquals(0, alice.permit(PEER));
        assertEquals(0x0017 >> 8, ((Transmit.ToClient) fromPeer(relayed, PEER, HELLO).get(0)).data()[0],
                "channel (600 s) expired: Data indication");
        assertEquals(400, alice.bind(0x4003, new InetSocketAddress("203.0.113.9", 1)), "number still reserved");
        rig.advance(300_000);
        assertEquals(0, alice.bind(0x4003, new InetSocketAddress("203.0.113.9", 1)), "reservation over");
    }

    @Test
    void attributesAfterMessageIntegrityAreIgnored() throws Exception {
        alice.allocateOk();
        byte[] tid = alice.tid();
        List<Object> attrs = new java.util.ArrayList<>(List.of(Wire.peer(PEER, tid)));
        attrs.addAll(Wire.credentials("alice", "peerdesk", alice.nonce));
        byte[] signed = Wire.request(Requests.CREATE_PERMISSION, tid, attrs, alice.key());
        // Append an unprotected XOR-PEER-ADDRESS for 127.0.0.1 after MESSAGE-INTEGRITY.
        byte[] extra = Wire.peer(new InetSocketAddress("127.0.0.1", 1), tid).encode();
        byte[] forged = Arrays.copyOf(signed, signed.length + extra.length);
        System.arraycopy(extra, 0, forged, signed.length, extra.length);
        forged[2] = (byte) ((forged.length - 20) >> 8);
        forged[3] = (byte) (forged.length - 20);
        assertEquals(0, Wire.errorCode(rig.exchange(alice.tuple, forged)), "only the signed peer counts");
        InetSocketAddress relayed = rig.open.iterator().next();
        assertEquals(1, fromPeer(relayed, PEER, HELLO).size());
        assertEquals(List.of(), fromPeer(relayed, new InetSocketAddress("127.0.0.1", 1), HELLO));
    }

    @Test
    void bandwidthQuotaDropsTheExcess() throws Exception {
        CoreRig r = new CoreRig(TurnPolicy.of("peerdesk", PeerFilter.defaults(), 0, 8 * 10_000), 10);
        Client c = new Client(r, CoreRig.udp("198.51.100.7", 1), "alice", "wonderland");
        InetSocketAddress relayed = c.allocateOk();
        assertEquals(0, c.permit(PEER));
        byte[] kb = new byte[1000];
        int passed = 0;
        for (int i = 0; i < 30; i++) {
            r.core.handlePeer(r.now, relayed, PEER, kb, 0, kb.length);
            passed += r.drain().size();
        }
        assertEquals(10, passed, "10 kB/s budget, one second of burst");
        r.now += 500;
        for (int i = 0; i < 30; i++) {
            r.core.handlePeer(r.now, relayed, PEER, kb, 0, kb.length);
            passed += r.drain().size();
        }
        assertEquals(15, passed, "half a second refills 5 kB");
    }
}
