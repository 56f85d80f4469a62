package dev.peerdesk.transport.ice;

import dev.peerdesk.transport.dtls.PacketPath;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.SocketTimeoutException;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.Component;
import org.ice4j.socket.MultiplexingDatagramSocket;

/**
 * DTLS's datagram path over an ICE component: receives what ice4j's component socket passes on (STUN is
 * filtered out by ice4j), sends over the selected pair's local socket, relayed ones through TURN.
 */
public final class IcePath implements PacketPath {
    private final Component component;
    private final MultiplexingDatagramSocket socket;
    private volatile boolean closed;

    IcePath(Component component) {
        this.component = component;
        this.socket = component.getSocket();
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("path closed");
        }
        CandidatePair pair = component.getSelectedPair();
        if (pair == null) {
            throw new IOException("no selected ICE pair");
        }
        DatagramPacket p = new DatagramPacket(buf, off, len, pair.getRemoteCandidate().getTransportAddress());
        pair.getIceSocketWrapper().send(p);
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
        return p.getLength();
    }

    @Override
    public void close() {
        closed = true;
    }
}
