package dev.peerdesk.relay.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.Integrity;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.RequestedTransportAttribute;

/** A TURN client on the test side of a {@link TurnCore}, speaking raw bytes through {@link Wire}. */
final class Client {
    final CoreRig rig;
    final FiveTuple tuple;
    final String user;
    final String password;
    final Random random = new Random(7);
    String nonce = "none";

    Client(CoreRig rig, FiveTuple tuple, String user, String password) {
        this.rig = rig;
        this.tuple = tuple;
        this.user = user;
        this.password = password;
    }

    byte[] key() {
        return new Integrity().longTermKey(user, rig.realm, password);
    }

    byte[] tid() {
        byte[] t = new byte[12];
        random.nextBytes(t);
        return t;
    }

    /** Sends an authenticated request (learning the nonce from a 401 first) and returns the response. */
    StunFrame call(int method, byte[] tid, List<?> attrs) throws Exception {
        StunFrame r = send(method, tid, attrs);
        if ((Wire.errorCode(r) == 401 || Wire.errorCode(r) == 438) && r.has(AttributeTypes.NONCE)) {
            nonce = Wire.nonce(r);
            r = send(method, tid(), attrs);
        }
        return r;
    }

    StunFrame send(int method, byte[] tid, List<?> attrs) {
        List<Object> all = new ArrayList<>(attrs);
        all.addAll(Wire.credentials(user, rig.realm, nonce));
        return rig.exchange(tuple, Wire.request(method, tid, all, key()));
    }

    StunFrame allocate() throws Exception {
        return call(Requests.ALLOCATE, tid(), List.of(
                AttributeFactory.createRequestedTransportAttribute(RequestedTransportAttribute.UDP)));
    }

    InetSocketAddress allocateOk() throws Exception {
        StunFrame r = allocate();
        assertEquals(0, Wire.errorCode(r), "allocate");
        assertTrue(new Integrity().verify(r, key()), "response MESSAGE-INTEGRITY");
        org.ice4j.attribute.XorRelayedAddressAttribute relayed =
                (org.ice4j.attribute.XorRelayedAddressAttribute) r.first(AttributeTypes.XOR_RELAYED_ADDRESS);
        assertNotNull(relayed);
        return relayed.getAddress(r.transactionId());
    }

    int permit(InetSocketAddress peer) throws Exception {
        byte[] tid = tid();
        return Wire.errorCode(call(Requests.CREATE_PERMISSION, tid, List.of(Wire.peer(peer, tid))));
    }

    int bind(int channel, InetSocketAddress peer) throws Exception {
        byte[] tid = tid();
        return Wire.errorCode(call(Requests.CHANNEL_BIND, tid,
                List.of(AttributeFactory.createChannelNumberAttribute((char) channel), Wire.peer(peer, tid))));
    }

    int refresh(int lifetimeSeconds) throws Exception {
        return Wire.errorCode(call(Requests.REFRESH, tid(),
                List.of(AttributeFactory.createLifetimeAttribute(lifetimeSeconds))));
    }
}
