package dev.peerdesk.transport.ice;

import dev.peerdesk.transport.dtls.PacketPath;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CheckList;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.PeerReflexiveCandidate;
import org.ice4j.ice.RelayedCandidate;
import org.ice4j.ice.ServerReflexiveCandidate;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;

/**
 * DTLS's datagram path over an ICE component: receives what ice4j's component socket passes on (STUN is
 * filtered out by ice4j), sends over a validated pair's local socket, relayed ones through TURN.
 *
 * <p>Which pair: the one the peer last sent data on, if ICE validated it, else the selected pair.
 * Chromium keeps checking after nomination and may move its traffic to a better pair (renomination);
 * ice4j ignores nominations once it has selected one, so following the peer's data is what keeps both
 * directions on one working path. Only validated pairs qualify, so a spoofed source cannot redirect us.
 */
public final class IcePath implements PacketPath {
    private final Component component;
    private final MultiplexingDatagramSocket socket;
    private volatile boolean closed;
    /** Source of the last datagram received; written by the DTLS reader, read by the sender. */
    private volatile SocketAddress lastFrom;
    /** The pair answering {@link #lastFrom}; replaced whole, as the handshake and the executor both send. */
    private volatile Route route = new Route(null, null);

    private record Route(SocketAddress from, CandidatePair pair) {
    }

    IcePath(Component component) {
        this.component = component;
        this.socket = component.getSocket();
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("path closed");
        }
        CandidatePair target = target();
        if (target == null) {
            throw new IOException("no selected ICE pair");
        }
        try {
            sendOn(target, buf, off, len);
        } catch (IOException | RuntimeException e) {
            // The peer's pair cannot carry our datagrams (its TURN allocation went away, say):
            // stay on ICE's selected pair for this source instead.
            CandidatePair selected = component.getSelectedPair();
            System.getLogger(IcePath.class.getName()).log(System.Logger.Level.WARNING,
                    "sending on " + target + " failed", e);
            if (selected == null || selected == target) {
                throw e instanceof IOException io ? io : new IOException("cannot send on " + target + ": " + e, e);
            }
            route = new Route(route.from(), selected);
            sendOn(selected, buf, off, len);
        }
    }

    /**
     * Sends from the local candidate's own socket (the host socket, or the TURN allocation's for a
     * relayed candidate). Not through {@code pair.getIceSocketWrapper()}: once ICE completes that is
     * the component's merging socket, which ignores the packet's address, sends to whatever its
     * "active" socket last heard from, and makes any socket a packet merely arrived on active, with no
     * target until that packet is read (IllegalArgumentException "unsupported address type").
     */
    private static void sendOn(CandidatePair pair, byte[] buf, int off, int len) throws IOException {
        DatagramPacket p = new DatagramPacket(buf, off, len, pair.getRemoteCandidate().getTransportAddress());
        IceSocketWrapper own = ownSocket(pair.getLocalCandidate());
        (own != null ? own : pair.getIceSocketWrapper()).send(p);
    }

    private static IceSocketWrapper ownSocket(LocalCandidate c) {
        if (c instanceof HostCandidate h) {
            return h.getCandidateIceSocketWrapper();
        } else if (c instanceof RelayedCandidate r) {
            return r.getCandidateIceSocketWrapper();
        } else if (c instanceof ServerReflexiveCandidate s) {
            return s.getCandidateIceSocketWrapper();
        } else if (c instanceof PeerReflexiveCandidate p) {
            return p.getCandidateIceSocketWrapper();
        }
        return null;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("path closed");
        }
        DatagramPacket p = new DatagramPacket(buf, off, len);
        socket.setSoTimeout(Math.max(1, waitMillis));
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return -1;
        }
        lastFrom = p.getSocketAddress();
        return p.getLength();
    }

    private CandidatePair target() {
        SocketAddress from = lastFrom;
        Route r = route;
        if (from != null && !from.equals(r.from())) {
            r = new Route(from, validPairFrom(from));
            route = r;
        }
        return r.pair() != null ? r.pair() : component.getSelectedPair();
    }

    private CandidatePair validPairFrom(SocketAddress from) {
        CheckList list = component.getParentStream().getCheckList();
        synchronized (list) { // ice4j changes the list under this lock
            for (CandidatePair c : list) {
                if (c.isValid() && c.getParentComponent() == component
                        && c.getRemoteCandidate().getTransportAddress().equals(from)) {
                    return c;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
