package dev.peerdesk.protocol.srp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peerdesk.protocol.crypto.ModArithmetic;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every way a peer can break the handshake ends in a typed {@link SrpException}. */
class SrpFailureTest {
    static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    static final Random RANDOM = new Random(5054);
    static final byte[] T = new byte[32];

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static final SrpVerifier STORED = SrpVerifier.generate(P, random(16), "id", "right");

    static void assertError(SrpError expected, org.junit.jupiter.api.function.Executable step) {
        assertEquals(expected, assertThrows(SrpException.class, step).error());
    }

    @Test
    void wrongPasswordFailsTheClientProof() throws Exception {
        SrpClient client = new SrpClient(P, "id", "wrong", T, random(32));
        SrpServer server = new SrpServer(P, STORED, T, random(32));
        byte[] m1 = client.respond(server.salt(), server.challenge(client.start()));
        assertError(SrpError.BAD_CLIENT_PROOF, () -> server.verify(m1));
        // A failed server refuses any further step.
        assertError(SrpError.MALFORMED, () -> server.verify(m1));
    }

    @Test
    void clientPublicValueZeroModN() {
        for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, P.group().n()}) {
            SrpServer server = new SrpServer(P, STORED, T, random(32));
            assertError(SrpError.ILLEGAL_PUBLIC_VALUE, () -> server.challenge(SrpMath.pad(P.group(), bad)));
        }
    }

    @Test
    void serverPublicValueZeroModN() throws Exception {
        for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, P.group().n()}) {
            SrpClient client = new SrpClient(P, "id", "right", T, random(32));
            client.start();
            assertError(SrpError.ILLEGAL_PUBLIC_VALUE, () -> client.respond(STORED.salt(), SrpMath.pad(P.group(), bad)));
        }
    }

    @Test
    void publicValueOfWrongLength() throws Exception {
        SrpServer server = new SrpServer(P, STORED, T, random(32));
        assertError(SrpError.MALFORMED, () -> server.challenge(new byte[P.group().length() - 1]));
        SrpClient client = new SrpClient(P, "id", "right", T, random(32));
        client.start();
        assertError(SrpError.MALFORMED, () -> client.respond(STORED.salt(), new byte[P.group().length() + 1]));
    }

    @Test
    void forgedClientProof() throws Exception {
        SrpClient client = new SrpClient(P, "id", "right", T, random(32));
        SrpServer server = new SrpServer(P, STORED, T, random(32));
        byte[] m1 = client.respond(server.salt(), server.challenge(client.start()));
        m1[7] ^= 1;
        assertError(SrpError.BAD_CLIENT_PROOF, () -> server.verify(m1));
    }

    @Test
    void forgedServerProof() throws Exception {
        SrpClient client = new SrpClient(P, "id", "right", T, random(32));
        SrpServer server = new SrpServer(P, STORED, T, random(32));
        byte[] m2 = server.verify(client.respond(server.salt(), server.challenge(client.start())));
        m2[0] ^= (byte) 0x80;
        assertError(SrpError.BAD_SERVER_PROOF, () -> client.finish(m2));
    }

    @Test
    void outOfOrderSteps() {
        SrpClient client = new SrpClient(P, "id", "right", T, random(32));
        assertError(SrpError.MALFORMED, () -> client.respond(STORED.salt(), new byte[384]));
        SrpServer server = new SrpServer(P, STORED, T, random(32));
        assertError(SrpError.MALFORMED, () -> server.verify(new byte[32]));
    }

    @Test
    void shortSecretsAreRefusedLocally() {
        assertThrows(IllegalArgumentException.class, () -> new SrpClient(P, "id", "pw", T, new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new SrpServer(P, STORED, T, new byte[31]));
    }
}
