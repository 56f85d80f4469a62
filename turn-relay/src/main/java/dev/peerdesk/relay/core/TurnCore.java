package dev.peerdesk.relay.core;

import dev.peerdesk.relay.auth.Credentials;
import dev.peerdesk.relay.auth.Nonces;
import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.ChannelData;
import dev.peerdesk.relay.stun.Integrity;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFormatException;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import org.ice4j.attribute.XorPeerAddressAttribute;

/**
 * The TURN server without I/O: fed datagrams and stream messages from clients, datagrams from
 * peers and the time; answers with {@link Transmit}s and the next deadline. Single-threaded: the
 * runtime serialises calls. Remote input never throws out of here: malformed messages are dropped
 * (or answered 400 when they are requests whose framing was sound).
 */
public final class TurnCore {
    final TurnPolicy policy;
    final RelayPorts ports;
    final Integrity integrity = new Integrity();
    final Authenticator authenticator;
    final Counters counters = new Counters();
    final Map<FiveTuple, Allocation> byClient = new HashMap<>();
    final Map<InetSocketAddress, Allocation> byRelay = new HashMap<>();
    final Map<String, Integer> perUser = new HashMap<>();
    final Reservations reservations;
    private final Requests requests;
    private final ArrayDeque<Transmit> out = new ArrayDeque<>();
    private final SplittableRandom random;
    long nextDeadline = Long.MAX_VALUE;

    public TurnCore(TurnPolicy policy, Credentials credentials, Nonces nonces, RelayPorts ports, long seed) {
        this.policy = policy;
        this.ports = ports;
        this.authenticator = new Authenticator(credentials, nonces, integrity);
        this.requests = new Requests(this);
        this.random = new SplittableRandom(seed);
        this.reservations = new Reservations(ports, random.nextLong());
    }

    /** One datagram (UDP) or one framed message (TCP/TLS) from a client. */
    public void handleClient(long now, FiveTuple from, byte[] b, int off, int len) {
        try {
            if (ChannelData.isChannelData(b, off, len)) {
                channelDataFromClient(now, from, b, off, len);
            } else if (StunFrame.isStun(b, off, len)) {
                stunFromClient(now, from, StunFrame.parse(b, off, len));
            } else {
                counters.malformed++;
            }
        } catch (StunFormatException e) {
            counters.malformed++;
        }
    }

    /** A datagram that arrived on a relayed address from a peer. */
    public void handlePeer(long now, InetSocketAddress relayed, InetSocketAddress peer, byte[] b, int off, int len) {
        Allocation a = byRelay.get(relayed);
        if (a == null || a.expiresAt <= now || !a.permitted(peer.getAddress(), now)
                || (a.limiter != null && !a.limiter.take(now, len))) {
            counters.dropped++;
            return;
        }
        Allocation.Channel c = a.channelFor(peer);
        byte[] msg;
        if (c != null && c.expiresAt > now) {
            msg = ChannelData.encode(c.number, b, off, len, a.client.protocol().stream());
        } else {
            byte[] tid = new byte[12];
            long r1 = random.nextLong();
            long r2 = random.nextLong();
            for (int i = 0; i < 8; i++) {
                tid[i] = (byte) (r1 >>> (8 * i));
            }
            for (int i = 0; i < 4; i++) {
                tid[8 + i] = (byte) (r2 >>> (8 * i));
            }
            msg = Messages.dataIndication(peer, java.util.Arrays.copyOfRange(b, off, off + len), tid);
        }
        counters.packetsToClients++;
        counters.bytesToClients += len;
        out.add(new Transmit.ToClient(a.client, msg));
    }

    /** A TCP or TLS client went away: its allocation goes with it (RFC 8656 section 7). */
    public void clientClosed(long now, FiveTuple from) {
        Allocation a = byClient.get(from);
        if (a != null) {
            delete(a);
        }
    }

    /** Expires allocations, permissions and channels whose time has come. */
    public void handleTimeout(long now) {
        if (now < nextDeadline) {
            return;
        }
        long next = reservations.sweep(now);
        for (Iterator<Allocation> it = byClient.values().iterator(); it.hasNext();) {
            Allocation a = it.next();
            if (a.expiresAt <= now) {
                it.remove();
                release(a);
            } else {
                next = Math.min(next, a.sweep(now));
            }
        }
        nextDeadline = next;
    }

    public Transmit pollTransmit() {
        return out.poll();
    }

    /** The time at which {@link #handleTimeout} has work, or Long.MAX_VALUE. */
    public long pollTimeout() {
        return nextDeadline;
    }

    public Counters.Snapshot counters() {
        return counters.snapshot();
    }

    public int allocations() {
        return byClient.size();
    }

    void send(FiveTuple to, byte[] data) {
        out.add(new Transmit.ToClient(to, data));
    }

    void schedule(long deadline) {
        nextDeadline = Math.min(nextDeadline, deadline);
    }

    void delete(Allocation a) {
        byClient.remove(a.client);
        release(a);
    }

    private void release(Allocation a) {
        byRelay.remove(a.relayed);
        perUser.computeIfPresent(a.username, (u, n) -> n > 1 ? n - 1 : null);
        counters.allocationsActive--;
        ports.close(a.relayed);
    }

    private void stunFromClient(long now, FiveTuple from, StunFrame f) throws StunFormatException {
        switch (f.messageClass()) {
            case 0 -> requests.handle(now, from, f);
            case 1 -> {
                if (f.method() == 0x006) {
                    sendIndication(now, from, f);
                }
            }
            default -> counters.dropped++; // a server takes no responses
        }
    }

    private void sendIndication(long now, FiveTuple from, StunFrame f) throws StunFormatException {
        Allocation a = byClient.get(from);
        XorPeerAddressAttribute peerAttr = (XorPeerAddressAttribute) f.first(AttributeTypes.XOR_PEER_ADDRESS);
        int dataOff = f.valueOffset(AttributeTypes.DATA);
        if (a == null || a.expiresAt <= now || peerAttr == null || dataOff < 0) {
            counters.dropped++;
            return;
        }
        InetSocketAddress peer = peerAttr.getAddress(f.transactionId());
        toPeer(now, a, peer, buffer(f), dataOff, f.valueLength(AttributeTypes.DATA));
    }

    private void channelDataFromClient(long now, FiveTuple from, byte[] b, int off, int len)
            throws StunFormatException {
        int length = ChannelData.dataLength(b, off, len);
        Allocation a = byClient.get(from);
        Allocation.Channel c = a == null ? null : a.channel(ChannelData.channel(b, off));
        if (c == null || c.expiresAt <= now || a.expiresAt <= now) {
            counters.dropped++;
            return;
        }
        toPeer(now, a, c.peer, b, off + ChannelData.HEADER, length);
    }

    private void toPeer(long now, Allocation a, InetSocketAddress peer, byte[] b, int off, int len) {
        if (!a.permitted(peer.getAddress(), now) || (a.limiter != null && !a.limiter.take(now, len))) {
            counters.dropped++;
            return;
        }
        counters.packetsToPeers++;
        counters.bytesToPeers += len;
        out.add(new Transmit.ToPeer(a.relayed, peer, b, off, len));
    }

    private static byte[] buffer(StunFrame f) {
        return f.rawBuffer();
    }
}
