package dev.peerdesk.transport.dtls;

import dev.peerdesk.transport.sdp.Fingerprint;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * An established DTLS 1.2 association (Bouncy Castle) over a {@link PacketPath}, carrying SCTP packets
 * (RFC 8261). Blocking like Bouncy Castle: one thread receives, another may send.
 */
public final class DtlsLink implements AutoCloseable {
    /** Plain-text datagram budget: an SCTP packet of 1200 bytes plus DTLS overhead fits with room. */
    static final int SEND_LIMIT = 1400;
    static final int RECEIVE_LIMIT = 16384;
    /** A buffer this large holds any record {@link #receive} returns. */
    public static final int RECEIVE_BUFFER = RECEIVE_LIMIT;

    private final DTLSTransport transport;
    private final PeerIdentity identity;
    private final Alerts alerts;
    private final PacketPath path;

    private DtlsLink(DTLSTransport transport, PeerIdentity identity, Alerts alerts, PacketPath path) {
        this.transport = transport;
        this.identity = identity;
        this.alerts = alerts;
        this.path = path;
    }

    /**
     * Runs the handshake in the given role and checks the peer's certificate against {@code remote}.
     *
     * @param client true for a=setup:active (we send ClientHello), false for passive
     * @throws DtlsException on a fingerprint mismatch, an alert, the handshake timeout or a closed path
     */
    public static DtlsLink handshake(PacketPath path, boolean client, DtlsCertificate certificate,
                                     List<Fingerprint> remote, SecureRandom random) throws DtlsException {
        BcTlsCrypto crypto = new BcTlsCrypto(random);
        PeerIdentity identity = new PeerIdentity(remote);
        Alerts alerts = new Alerts();
        DatagramTransport dt = new PathTransport(path);
        try {
            DTLSTransport t = client
                    ? new DTLSClientProtocol().connect(new DtlsClient(crypto, certificate, identity, alerts), dt)
                    : new DTLSServerProtocol().accept(new DtlsServer(crypto, certificate, identity, alerts), dt);
            return new DtlsLink(t, identity, alerts, path);
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports remote garbage as IOException but some paths still throw unchecked
            String side = e instanceof org.bouncycastle.tls.TlsFatalAlertReceived ? "peer sent "
                    : e instanceof org.bouncycastle.tls.TlsFatalAlert ? "we sent " : "";
            Throwable cause = e.getCause();
            throw new DtlsException("DTLS handshake failed: " + side + e.getMessage()
                    + (cause != null && cause != e ? " (" + cause + ")" : ""), e);
        }
    }

    /** The SHA-256 fingerprint of the certificate the peer proved, as the session layer binds it. */
    public Fingerprint peerFingerprint() {
        return identity.seen();
    }

    /** Largest SCTP packet that fits one record. */
    public int sendLimit() throws IOException {
        return transport.getSendLimit();
    }

    public void send(byte[] data, int off, int len) throws IOException {
        transport.send(data, off, len);
    }

    /**
     * One application record's plain text.
     *
     * @return its length, or -1 when nothing came within {@code waitMillis} or the peer closed
     *         (see {@link #closedByPeer()})
     */
    public int receive(byte[] buf, int waitMillis) throws IOException {
        if (alerts.closed) {
            return -1;
        }
        try {
            return transport.receive(buf, 0, buf.length, waitMillis);
        } catch (IOException e) {
            if (alerts.closed) {
                return -1; // Bouncy Castle closes the path on close_notify and then reads from it
            }
            throw e;
        }
    }

    /** The peer sent close_notify or a fatal alert: no more data will come. */
    public boolean closedByPeer() {
        return alerts.closed;
    }

    /** Why the peer closed, for logs and events. */
    public String closeReason() {
        return alerts.reason;
    }

    /** Sends close_notify and closes the path. */
    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException ignored) {
            // the path is already gone: nothing left to tell the peer
        } finally {
            path.close();
        }
    }

    /** Alerts the peer sent us; close_notify or any fatal alert ends the association. */
    static final class Alerts {
        volatile boolean closed;
        volatile String reason;

        void received(short level, short description) {
            if (level == AlertLevel.fatal || description == AlertDescription.close_notify) {
                reason = AlertDescription.getText(description);
                closed = true;
            }
        }

        void closed() {
            if (!closed) {
                reason = "connection closed";
                closed = true;
            }
        }
    }

    /** Bouncy Castle's view of a {@link PacketPath}. */
    private record PathTransport(PacketPath path) implements DatagramTransport {
        @Override
        public int getReceiveLimit() {
            return RECEIVE_LIMIT;
        }

        @Override
        public int getSendLimit() {
            return SEND_LIMIT;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            return path.receive(buf, off, len, waitMillis);
        }

        @Override
        public void send(byte[] buf, int off, int len) throws IOException {
            path.send(buf, off, len);
        }

        @Override
        public void close() {
            path.close();
        }
    }
}
