package dev.peerdesk.transport.ice;

import dev.peerdesk.transport.sdp.IceCandidate;
import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.ice4j.ice.harvest.TurnCandidateHarvester;
import org.ice4j.security.LongTermCredential;

/**
 * One ICE agent (ice4j, RFC 8445) in the controlled role, as the answerer always is: the browser
 * nominates. Host candidates are gathered when the session is made and go into the answer; server-reflexive
 * and relayed ones trickle through {@link IceListener#localCandidate}. Remote host candidates hidden
 * behind mDNS names are skipped: the browser's checks reach us anyway and ice4j learns the address as a
 * peer-reflexive candidate (RFC 8445 section 7.3.1.3).
 */
public final class IceSession implements AutoCloseable {
    private final Agent agent;
    private final IceMediaStream stream;
    private final Component component;
    private final IceListener listener;
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile boolean closed;

    private IceSession(Agent agent, IceMediaStream stream, Component component, IceListener listener) {
        this.agent = agent;
        this.stream = stream;
        this.component = component;
        this.listener = listener;
    }

    /** Binds host candidates on every allowed interface; STUN/TURN gathering starts with {@link #start}. */
    public static IceSession create(IceServers servers, IceListener listener) throws IOException {
        Ice4jDefaults.apply();
        Agent agent = new Agent();
        agent.setControlling(false);
        agent.setTrickling(true);
        agent.setPerformConsentFreshness(true);
        if (servers.stun() != null) {
            agent.addCandidateHarvester(new StunCandidateHarvester(new TransportAddress(servers.stun(), Transport.UDP)));
        }
        if (servers.turn() != null) {
            agent.addCandidateHarvester(new TurnCandidateHarvester(
                    new TransportAddress(servers.turn(), Transport.UDP),
                    new LongTermCredential(servers.turnUsername(), servers.turnPassword())));
        }
        IceMediaStream stream = agent.createMediaStream("data");
        Component component;
        try {
            component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, true);
        } catch (IOException | RuntimeException e) {
            agent.free();
            throw new IOException("cannot bind ICE host candidates: " + e.getMessage(), e);
        }
        IceSession s = new IceSession(agent, stream, component, listener);
        agent.addStateChangeListener(s::onStateChange);
        return s;
    }

    public String localUfrag() {
        return agent.getLocalUfrag();
    }

    public String localPassword() {
        return agent.getLocalPassword();
    }

    /** The candidates gathered so far (host ones at first), in SDP form. */
    public List<IceCandidate> localCandidates() {
        List<IceCandidate> out = new ArrayList<>();
        for (LocalCandidate c : component.getLocalCandidates()) {
            out.add(toSdp(c));
        }
        return out;
    }

    /** Sets the peer's credentials and candidates, starts checks and trickle gathering. */
    public void start(String remoteUfrag, String remotePassword, List<IceCandidate> remoteCandidates) {
        stream.setRemoteUfrag(remoteUfrag);
        stream.setRemotePassword(remotePassword);
        for (IceCandidate c : remoteCandidates) {
            RemoteCandidate rc = toIce4j(c);
            if (rc != null) {
                component.addRemoteCandidate(rc);
            }
        }
        agent.startConnectivityEstablishment();
        agent.startCandidateTrickle(found -> {
            if (closed) {
                return;
            }
            if (found == null) {
                listener.localCandidatesDone();
                return;
            }
            for (LocalCandidate c : found) {
                listener.localCandidate(toSdp(c));
            }
        });
    }

    /**
     * Adds a trickled remote candidate.
     *
     * @return false when it was skipped (an mDNS name, or a component other than 1)
     */
    public boolean addRemoteCandidate(IceCandidate c) {
        RemoteCandidate rc = toIce4j(c);
        if (rc == null) {
            return false;
        }
        component.addUpdateRemoteCandidates(rc);
        component.updateRemoteCandidates();
        return true;
    }

    /** The datagram path over the selected pair, for DTLS. */
    public IcePath path() {
        return new IcePath(component);
    }

    /**
     * Milliseconds since the wall-clock time of the last consent response on the selected pair, or -1
     * while ice4j has none to report.
     */
    public long consentAgeMillis(long nowMillis) {
        CandidatePair p = component.getSelectedPair();
        if (p == null || p.getConsentFreshness() <= 0) {
            return -1;
        }
        return nowMillis - p.getConsentFreshness();
    }

    public String selectedPair() {
        CandidatePair p = component.getSelectedPair();
        return p == null ? "none" : describe(p);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            agent.free();
        }
    }

    private void onStateChange(PropertyChangeEvent e) {
        if (closed || !(e.getNewValue() instanceof IceProcessingState st)) {
            return;
        }
        if (st == IceProcessingState.COMPLETED && reported.compareAndSet(false, true)) {
            listener.connected(selectedPair());
        } else if (st == IceProcessingState.FAILED && reported.compareAndSet(false, true)) {
            listener.failed("ICE failed: no candidate pair works");
        }
    }

    private static String describe(CandidatePair p) {
        return p.getLocalCandidate().getType() + " " + p.getLocalCandidate().getTransportAddress() + " <-> "
                + p.getRemoteCandidate().getType() + " " + p.getRemoteCandidate().getTransportAddress();
    }

    private RemoteCandidate toIce4j(IceCandidate c) {
        if (c.isMdns() || c.component() != 1 || c.port() == 0) {
            return null;
        }
        Transport t = c.transport().equals("tcp") ? Transport.TCP : Transport.UDP;
        return new RemoteCandidate(new TransportAddress(c.address(), c.port(), t), component,
                CandidateType.parse(c.type()), c.foundation(), c.priority(), null);
    }

    static IceCandidate toSdp(LocalCandidate c) {
        TransportAddress a = c.getTransportAddress();
        TransportAddress related = c.getRelatedAddress();
        return new IceCandidate(c.getFoundation(), 1, a.getTransport().toString().toLowerCase(Locale.ROOT),
                c.getPriority(), a.getHostAddress(), a.getPort(), c.getType().toString(),
                related == null ? null : related.getHostAddress(), related == null ? -1 : related.getPort(),
                a.getTransport() == Transport.TCP ? "passive" : null);
    }
}
