package dev.peerdesk.relay.core;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.ChannelData;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFormatException;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.ChannelNumberAttribute;
import org.ice4j.attribute.LifetimeAttribute;
import org.ice4j.attribute.RequestedTransportAttribute;
import org.ice4j.attribute.UnknownAttributesAttribute;
import org.ice4j.attribute.XorPeerAddressAttribute;
import org.ice4j.message.Response;

/** STUN requests: Binding (RFC 8489) and the TURN methods of RFC 8656 sections 7-11. */
final class Requests {
    static final int BINDING = 0x001;
    static final int ALLOCATE = 0x003;
    static final int REFRESH = 0x004;
    static final int CREATE_PERMISSION = 0x008;
    static final int CHANNEL_BIND = 0x009;

    private final TurnCore core;

    Requests(TurnCore core) {
        this.core = core;
    }

    void handle(long now, FiveTuple from, StunFrame f) {
        core.counters.requests++;
        Reply reply = new Reply(f);
        try {
            if (f.method() == BINDING) {
                binding(from, f, reply);
            } else if (f.method() == ALLOCATE || f.method() == REFRESH || f.method() == CREATE_PERMISSION
                    || f.method() == CHANNEL_BIND) {
                turn(now, from, f, reply);
            } else {
                reply.error(400, "Unsupported Method");
            }
        } catch (StunFormatException e) {
            // The frame was sound but an attribute inside was not (RFC 8489 section 6.3.1: 400).
            core.counters.malformed++;
            reply.error(400, "Bad Request");
        }
        if (reply.response != null) {
            if (reply.response.isErrorResponse()) {
                core.counters.errorResponses++;
            }
            reply.response.putAttribute(Messages.text(AttributeTypes.SOFTWARE, Messages.SOFTWARE));
            byte[] bytes = core.integrity.seal(Messages.encode(reply.response), reply.key, f.hasFingerprint());
            if (reply.keep != null) {
                reply.keep.allocateResponse = bytes;
            }
            core.send(from, bytes);
        }
    }

    private void binding(FiveTuple from, StunFrame f, Reply reply) {
        if (unknown(f, reply)) {
            return;
        }
        reply.success().putAttribute(AttributeFactory.createXorMappedAddressAttribute(
                Messages.address(from.client()), f.transactionId()));
    }

    private void turn(long now, FiveTuple from, StunFrame f, Reply reply) throws StunFormatException {
        Authenticator.Result auth = core.authenticator.check(now, from, f);
        if (auth.rejection() != null) {
            core.counters.authFailures++;
            reply.response = auth.rejection();
            return;
        }
        reply.key = auth.key();
        if (unknown(f, reply)) {
            return;
        }
        Allocation a = core.byClient.get(from);
        if (a != null && a.expiresAt <= now) {
            core.delete(a);
            a = null;
        }
        if (a != null && !a.username.equals(auth.username())) {
            reply.error(441, "Wrong Credentials");
            return;
        }
        if (f.method() == ALLOCATE) {
            Allocate.run(core, now, from, f, auth.username(), a, reply);
            return;
        }
        if (a == null) {
            reply.error(437, "Allocation Mismatch");
            return;
        }
        switch (f.method()) {
            case REFRESH -> refresh(now, f, a, reply);
            case CREATE_PERMISSION -> createPermission(now, f, a, reply);
            default -> channelBind(now, f, a, reply);
        }
    }

    private void refresh(long now, StunFrame f, Allocation a, Reply reply) throws StunFormatException {
        LifetimeAttribute lt = (LifetimeAttribute) f.first(AttributeTypes.LIFETIME);
        int family = f.requestedFamily();
        if (family != 0 && (family == 1) != (a.relayed.getAddress() instanceof Inet4Address)) {
            reply.error(443, "Peer Address Family Mismatch");
            return;
        }
        long lifetime = Allocate.lifetime(core.policy, lt);
        if (lifetime == 0) {
            core.delete(a);
        } else {
            a.expiresAt = now + lifetime;
            core.schedule(a.expiresAt);
        }
        reply.success().putAttribute(AttributeFactory.createLifetimeAttribute((int) (lifetime / 1000)));
    }

    private void createPermission(long now, StunFrame f, Allocation a, Reply reply) throws StunFormatException {
        List<Attribute> peers = f.all(AttributeTypes.XOR_PEER_ADDRESS);
        if (peers.isEmpty()) {
            reply.error(400, "Missing XOR-PEER-ADDRESS");
            return;
        }
        List<InetSocketAddress> checked = new ArrayList<>(peers.size());
        for (Attribute p : peers) {
            InetSocketAddress peer = ((XorPeerAddressAttribute) p).getAddress(f.transactionId());
            if (!peerAllowed(peer, a, reply)) {
                return; // all or nothing (RFC 8656 section 9.2)
            }
            checked.add(peer);
        }
        long fresh = checked.stream().map(InetSocketAddress::getAddress).distinct().filter(p -> !a.canPermit(p)).count();
        if (fresh > 0) {
            reply.error(508, "Insufficient Capacity");
            return;
        }
        for (InetSocketAddress peer : checked) {
            a.permit(peer.getAddress(), now + core.policy.permissionLifetime());
        }
        core.schedule(now + core.policy.permissionLifetime());
        reply.success();
    }

    private void channelBind(long now, StunFrame f, Allocation a, Reply reply) throws StunFormatException {
        ChannelNumberAttribute number = (ChannelNumberAttribute) f.first(AttributeTypes.CHANNEL_NUMBER);
        XorPeerAddressAttribute peerAttr = (XorPeerAddressAttribute) f.first(AttributeTypes.XOR_PEER_ADDRESS);
        if (number == null || peerAttr == null) {
            reply.error(400, "Missing Attribute");
            return;
        }
        int channel = number.getChannelNumber();
        InetSocketAddress peer = peerAttr.getAddress(f.transactionId());
        if (!ChannelData.validChannel(channel)) {
            reply.error(400, "Bad Channel Number");
            return;
        }
        Allocation.Channel byNumber = a.channel(channel);
        Allocation.Channel byPeer = a.channelFor(peer);
        if ((byNumber != null && !byNumber.peer.equals(peer)) || (byPeer != null && byPeer.number != channel)) {
            reply.error(400, "Channel Already Bound");
            return;
        }
        if (!peerAllowed(peer, a, reply)) {
            return;
        }
        if (byNumber == null && (a.channelCount() >= Allocation.MAX_CHANNELS || !a.canPermit(peer.getAddress()))) {
            reply.error(508, "Insufficient Capacity");
            return;
        }
        long until = now + core.policy.channelLifetime();
        if (byNumber != null) {
            byNumber.expiresAt = until;
        } else {
            a.bind(new Allocation.Channel(channel, peer, until));
        }
        a.permit(peer.getAddress(), now + core.policy.permissionLifetime());
        core.schedule(now + core.policy.permissionLifetime());
        reply.success();
    }

    private boolean peerAllowed(InetSocketAddress peer, Allocation a, Reply reply) {
        if ((peer.getAddress() instanceof Inet4Address) != (a.relayed.getAddress() instanceof Inet4Address)) {
            reply.error(443, "Peer Address Family Mismatch");
            return false;
        }
        if (!core.policy.peers().permits(peer.getAddress())) {
            reply.error(403, "Forbidden");
            return false;
        }
        return true;
    }

    /** 420 with UNKNOWN-ATTRIBUTES when a comprehension-required attribute is not understood. */
    private static boolean unknown(StunFrame f, Reply reply) {
        int[] unknown = f.unknownRequired();
        if (unknown.length == 0) {
            return false;
        }
        reply.error(420, "Unknown Attribute");
        UnknownAttributesAttribute u = AttributeFactory.createUnknownAttributesAttribute();
        for (int t : unknown) {
            u.addAttributeID((char) t);
        }
        reply.response.putAttribute(u);
        return true;
    }

    /** The response being built, the key that signs it, and the allocation that caches it. */
    static final class Reply {
        private final StunFrame request;
        Response response;
        byte[] key;
        Allocation keep;

        Reply(StunFrame request) {
            this.request = request;
        }

        Response success() {
            response = Messages.response(request.method(), false, request.transactionId());
            return response;
        }

        void error(int code, String reason) {
            response = Messages.error(request.method(), request.transactionId(), code, reason);
        }
    }

    static Integer transport(StunFrame f) throws StunFormatException {
        RequestedTransportAttribute t = (RequestedTransportAttribute) f.first(AttributeTypes.REQUESTED_TRANSPORT);
        return t == null ? null : t.getRequestedTransport();
    }
}
