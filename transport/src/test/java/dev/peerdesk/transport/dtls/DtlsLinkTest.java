package dev.peerdesk.transport.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.sdp.Fingerprint;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** DTLS 1.2 between our client and our server over an in-process pipe. */
class DtlsLinkTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DtlsCertificate clientCert = DtlsCertificate.generate(RANDOM, System.currentTimeMillis());
    private final DtlsCertificate serverCert = DtlsCertificate.generate(RANDOM, System.currentTimeMillis());

    @Test
    void handshakeDataAndCloseNotify() throws Exception {
        PipePath[] p = PipePath.pair();
        CompletableFuture<DtlsLink> server = CompletableFuture.supplyAsync(() -> handshake(p[1], false, serverCert,
                clientCert.fingerprint()));
        DtlsLink client = DtlsLink.handshake(p[0], true, clientCert, List.of(serverCert.fingerprint()), RANDOM);
        DtlsLink s = server.get(30, TimeUnit.SECONDS);
        assertEquals(serverCert.fingerprint(), client.peerFingerprint());
        assertEquals(clientCert.fingerprint(), s.peerFingerprint());
        assertTrue(client.sendLimit() >= 1200, "an SCTP packet of 1200 bytes fits one record");

        byte[] msg = new byte[1200];
        RANDOM.nextBytes(msg);
        client.send(msg, 0, msg.length);
        byte[] buf = new byte[DtlsLink.RECEIVE_BUFFER];
        int n = s.receive(buf, 5000);
        assertArrayEquals(msg, java.util.Arrays.copyOf(buf, n));

        client.close();
        assertEquals(-1, s.receive(buf, 5000));
        assertTrue(s.closedByPeer(), "close_notify is told apart from silence");
        s.close();
    }

    @Test
    void lostFinishedIsRetransmitted() throws Exception {
        PipePath[] p = PipePath.pair();
        AtomicBoolean dropped = new AtomicBoolean();
        // the client's last flight (ClientKeyExchange ... Finished) is one or more datagrams starting with a
        // handshake record of epoch 0; the first flight with a ChangeCipherSpec (content type 20) is dropped once
        p[0].dropOutgoing = d -> containsChangeCipherSpec(d) && dropped.compareAndSet(false, true);
        CompletableFuture<DtlsLink> server = CompletableFuture.supplyAsync(() -> handshake(p[1], false, serverCert,
                clientCert.fingerprint()));
        DtlsLink client = DtlsLink.handshake(p[0], true, clientCert, List.of(serverCert.fingerprint()), RANDOM);
        DtlsLink s = server.get(30, TimeUnit.SECONDS);
        assertTrue(dropped.get());
        client.send(new byte[] {1, 2, 3}, 0, 3);
        assertEquals(3, s.receive(new byte[DtlsLink.RECEIVE_BUFFER], 5000));
        client.close();
        s.close();
    }

    @Test
    void wrongFingerprintFailsBothWays() throws Exception {
        Fingerprint other = DtlsCertificate.generate(RANDOM, System.currentTimeMillis()).fingerprint();
        PipePath[] p = PipePath.pair();
        CompletableFuture<DtlsLink> server = CompletableFuture.supplyAsync(() -> handshake(p[1], false, serverCert,
                clientCert.fingerprint()));
        // the client expects another server certificate: it must refuse this one
        assertThrows(DtlsException.class, () -> DtlsLink.handshake(p[0], true, clientCert, List.of(other), RANDOM));
        ExecutionException e = assertThrows(ExecutionException.class, () -> server.get(60, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof DtlsException || e.getCause().getCause() instanceof DtlsException, "" + e);
    }

    @Test
    void serverRefusesAClientWithAnotherCertificate() throws Exception {
        Fingerprint other = DtlsCertificate.generate(RANDOM, System.currentTimeMillis()).fingerprint();
        PipePath[] p = PipePath.pair();
        CompletableFuture<DtlsLink> server = CompletableFuture.supplyAsync(() -> handshake(p[1], false, serverCert,
                other));
        // the client is content with the server, the server is not with the client: both end with an error
        assertThrows(DtlsException.class, () -> DtlsLink.handshake(p[0], true, clientCert,
                List.of(serverCert.fingerprint()), RANDOM));
        ExecutionException e = assertThrows(ExecutionException.class, () -> server.get(60, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof DtlsException || e.getCause().getCause() instanceof DtlsException, "" + e);
    }

    private static boolean containsChangeCipherSpec(byte[] d) {
        int i = 0;
        while (i + 13 <= d.length) {
            if (d[i] == 20) {
                return true;
            }
            i += 13 + ((d[i + 11] & 0xff) << 8 | d[i + 12] & 0xff);
        }
        return false;
    }

    private static DtlsLink handshake(PacketPath path, boolean client, DtlsCertificate cert, Fingerprint remote) {
        try {
            return DtlsLink.handshake(path, client, cert, List.of(remote), RANDOM);
        } catch (DtlsException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
