package dev.peerdesk.bench.protocol;

import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.srp.SrpClient;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.protocol.srp.SrpServer;
import dev.peerdesk.protocol.srp.SrpVerifier;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one SRP-6a handshake (3072-bit group, SHA-256) on the JVM: the host's whole side, the
 * viewer's whole side, and Bouncy Castle's server (B, then S) as the same-run baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SrpBenchmark {
    private final SrpParameters params = SrpParameters.production(ModArithmetic.JAVA);
    private SrpVerifier verifier;
    private byte[] serverSecret;
    private byte[] clientSecret;
    private byte[] publicA;
    private byte[] m1;
    private byte[] salt;
    private byte[] publicB;
    private final Random random = new Random(7);

    @Setup
    public void setUp() throws Exception {
        salt = bytes(16);
        verifier = SrpVerifier.generate(params, salt, "123456789", "password");
        serverSecret = bytes(32);
        clientSecret = bytes(32);
        // One honest exchange with fixed secrets: the server bench replays exactly these inputs.
        SrpClient client = new SrpClient(params, "123456789", "password", new byte[32], clientSecret);
        SrpServer server = new SrpServer(params, verifier, new byte[32], serverSecret);
        publicA = client.start();
        publicB = server.challenge(publicA);
        m1 = client.respond(salt, publicB);
    }

    @Benchmark
    public byte[] serverHandshake() throws Exception {
        SrpServer server = new SrpServer(params, verifier, new byte[32], serverSecret);
        server.challenge(publicA);
        server.verify(m1);
        return server.sessionKey();
    }

    /** The viewer's computation up to M1 (M2 check is one hash). */
    @Benchmark
    public byte[] clientHandshake() throws Exception {
        SrpClient client = new SrpClient(params, "123456789", "password", new byte[32], clientSecret);
        client.start();
        return client.respond(salt, publicB);
    }

    /** Baseline: Bouncy Castle's SRP6Server computing B and S for the same A. */
    @Benchmark
    public BigInteger baselineBouncyCastleServer() throws Exception {
        SRP6Server server = new SRP6Server();
        server.init(SRP6StandardGroups.rfc5054_3072, new BigInteger(1, verifier.verifier()), new SHA256Digest(),
                new java.security.SecureRandom());
        server.generateServerCredentials();
        return server.calculateSecret(new BigInteger(1, publicA));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
