package dev.peerdesk.protocol.record;

import dev.peerdesk.protocol.crypto.Hkdf;
import java.nio.charset.StandardCharsets;

/**
 * The two AES-256-GCM keys of a session, from SRP's K:
 * PRK = HKDF-Extract(salt = transcript hash T, K); key = HKDF-Expand(PRK, label, 32), with one
 * label per direction. Separate keys mean a record can never be reflected back to its sender, and
 * salting with T ties the keys to this session's channel binding as well as the proofs.
 */
public final class RecordKeys {
    static final byte[] HOST_TO_VIEWER = "PeerDesk v1 record key host->viewer".getBytes(StandardCharsets.US_ASCII);
    static final byte[] VIEWER_TO_HOST = "PeerDesk v1 record key viewer->host".getBytes(StandardCharsets.US_ASCII);

    private final byte[] hostToViewer;
    private final byte[] viewerToHost;

    private RecordKeys(byte[] hostToViewer, byte[] viewerToHost) {
        this.hostToViewer = hostToViewer;
        this.viewerToHost = viewerToHost;
    }

    public static RecordKeys derive(byte[] sessionKey, byte[] transcript) {
        byte[] prk = Hkdf.extract(transcript, sessionKey);
        return new RecordKeys(Hkdf.expand(prk, HOST_TO_VIEWER, 32), Hkdf.expand(prk, VIEWER_TO_HOST, 32));
    }

    public byte[] hostToViewer() {
        return hostToViewer.clone();
    }

    public byte[] viewerToHost() {
        return viewerToHost.clone();
    }

    /** The key this side seals with. */
    public byte[] sendKey(boolean isHost) {
        return isHost ? hostToViewer() : viewerToHost();
    }

    /** The key this side opens with. */
    public byte[] receiveKey(boolean isHost) {
        return isHost ? viewerToHost() : hostToViewer();
    }
}
