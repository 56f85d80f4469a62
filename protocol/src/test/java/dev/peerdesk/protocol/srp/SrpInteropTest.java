package dev.peerdesk.protocol.srp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.protocol.crypto.ModArithmetic;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.agreement.srp.SRP6Client;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.crypto.agreement.srp.SRP6VerifierGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Bouncy Castle as an independent oracle for the production suite (3072-bit group, SHA-256). An
 * empty transcript gives BC's proof formulas, so both directions run a full handshake.
 */
class SrpInteropTest {
    static final SrpParameters P = SrpParameters.production(ModArithmetic.JAVA);
    static final SecureRandom RANDOM = new SecureRandom();
    static final String ID = "123456789";
    static final String PASSWORD = "correct horse";

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    @Test
    void groupIsBouncyCastlesRfc5054Group() {
        assertTrue(SRP6StandardGroups.rfc5054_3072.getN().equals(P.group().n()));
        assertTrue(SRP6StandardGroups.rfc5054_3072.getG().equals(P.group().g()));
    }

    @Test
    void verifierMatchesBouncyCastle() {
        byte[] salt = random(16);
        SRP6VerifierGenerator gen = new SRP6VerifierGenerator();
        gen.init(SRP6StandardGroups.rfc5054_3072, new SHA256Digest());
        BigInteger bc = gen.generateVerifier(salt, bytes(ID), bytes(PASSWORD));
        assertArrayEquals(SrpMath.pad(P.group(), bc), SrpVerifier.generate(P, salt, ID, PASSWORD).verifier());
    }

    @RepeatedTest(3)
    void ourClientAgainstBouncyCastleServer() throws Exception {
        SrpVerifier stored = SrpVerifier.generate(P, random(16), ID, PASSWORD);
        SRP6Server server = new SRP6Server();
        server.init(SRP6StandardGroups.rfc5054_3072, new BigInteger(1, stored.verifier()), new SHA256Digest(), RANDOM);
        SrpClient client = new SrpClient(P, ID, PASSWORD, new byte[0], random(32));

        byte[] a = client.start();
        BigInteger b = server.generateServerCredentials();
        server.calculateSecret(new BigInteger(1, a));
        byte[] m1 = client.respond(stored.salt(), SrpMath.pad(P.group(), b));
        assertTrue(server.verifyClientEvidenceMessage(new BigInteger(1, m1)));
        BigInteger m2 = server.calculateServerEvidenceMessage();
        byte[] key = client.finish(fixed(m2, 32));
        assertArrayEquals(fixed(server.calculateSessionKey(), 32), key);
    }

    @RepeatedTest(3)
    void bouncyCastleClientAgainstOurServer() throws Exception {
        SrpVerifier stored = SrpVerifier.generate(P, random(16), ID, PASSWORD);
        SrpServer server = new SrpServer(P, stored, new byte[0], random(32));
        SRP6Client client = new SRP6Client();
        client.init(SRP6StandardGroups.rfc5054_3072, new SHA256Digest(), RANDOM);

        BigInteger a = client.generateClientCredentials(stored.salt(), bytes(ID), bytes(PASSWORD));
        byte[] b = server.challenge(SrpMath.pad(P.group(), a));
        client.calculateSecret(new BigInteger(1, b));
        BigInteger m1 = client.calculateClientEvidenceMessage();
        byte[] m2 = server.verify(fixed(m1, 32));
        assertTrue(client.verifyServerEvidenceMessage(new BigInteger(1, m2)));
        assertArrayEquals(fixed(client.calculateSessionKey(), 32), server.sessionKey());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** BC hands hashes back as BigIntegers; leading zero bytes must be restored. */
    static byte[] fixed(BigInteger v, int length) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        int n = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - n, out, length - n, n);
        return out;
    }
}
