package dev.peerdesk.transport;

import dev.peerdesk.transport.dtls.PacketPath;
import dev.peerdesk.transport.ice.IceListener;
import dev.peerdesk.transport.ice.IceSession;
import dev.peerdesk.transport.sdp.IceCandidate;
import dev.peerdesk.transport.sdp.RemoteOffer;
import java.io.IOException;

/**
 * The connection's ICE sessions: the one carrying data and, during an ICE restart (RFC 8445 section 9),
 * the one that will replace it once it connects. DTLS runs on a {@link PathSwitch}, so the association
 * and SCTP survive the change of pair. Events arrive on ice4j threads and are handled on the executor.
 */
final class IceSessions {
    private final PeerConnection owner;
    /** The o= session id, the same in every answer of the connection. */
    final long sessionId;
    private volatile IceSession active;
    private volatile IceSession restarting;
    private volatile PathSwitch path;

    IceSessions(PeerConnection owner) {
        this.owner = owner;
        this.sessionId = owner.random.nextLong() >>> 2;
    }

    IceSession first(RemoteOffer o) throws IOException {
        IceSession s = create();
        active = s;
        s.start(o.iceUfrag(), o.icePwd(), o.candidates());
        return s;
    }

    /** Starts a new ICE session for new remote credentials; data stays on the old pair until it connects. */
    IceSession restart(RemoteOffer o) throws IOException {
        IceSession s = create();
        IceSession abandoned = restarting;
        restarting = s;
        if (abandoned != null) {
            abandoned.close(); // restarted again before the last restart connected
        }
        s.start(o.iceUfrag(), o.icePwd(), o.candidates());
        return s;
    }

    /** Where trickled remote candidates go: the newest session. */
    IceSession current() {
        IceSession r = restarting;
        return r != null ? r : active;
    }

    PacketPath path() {
        return path;
    }

    long consentAgeMillis(long wallMillis) {
        IceSession a = active;
        return a == null ? -1 : a.consentAgeMillis(wallMillis);
    }

    String selectedPair() {
        IceSession a = active;
        return a == null ? "none" : a.selectedPair();
    }

    void close() {
        IceSession a = active;
        IceSession r = restarting;
        if (a != null) {
            a.close();
        }
        if (r != null) {
            r.close();
        }
    }

    private IceSession create() throws IOException {
        Events events = new Events();
        IceSession s = IceSession.create(owner.config.iceServers(), events);
        events.session = s; // ice4j reports nothing before start(), which comes after this
        return s;
    }

    /** On the executor: a session connected. */
    private void connected(IceSession s, String pair) {
        if (s == active && path == null) {
            path = new PathSwitch(s.path());
            owner.iceConnected(pair);
        } else if (s == restarting) {
            IceSession old = active;
            active = s;
            restarting = null;
            if (path != null) {
                path.switchTo(s.path());
            }
            old.close();
            owner.listener.onIceConnected(pair);
        }
    }

    /** On the executor: a session failed; the active one ends the connection, a restart just ends. */
    private void failed(IceSession s, String reason) {
        if (s == active) {
            owner.finish(reason, false);
        } else if (s == restarting) {
            restarting = null;
            s.close();
        }
    }

    private final class Events implements IceListener {
        volatile IceSession session;

        private boolean live() {
            return !owner.isClosed() && (session == active || session == restarting);
        }

        @Override
        public void localCandidate(IceCandidate candidate) {
            owner.run(() -> {
                if (live()) {
                    owner.listener.onLocalCandidate(candidate.sdpValue());
                }
            });
        }

        @Override
        public void localCandidatesDone() {
            owner.run(() -> {
                if (live()) {
                    owner.listener.onLocalCandidatesDone();
                }
            });
        }

        @Override
        public void connected(String pair) {
            owner.run(() -> {
                if (!owner.isClosed()) {
                    IceSessions.this.connected(session, pair);
                }
            });
        }

        @Override
        public void failed(String reason) {
            owner.run(() -> IceSessions.this.failed(session, reason));
        }
    }
}
