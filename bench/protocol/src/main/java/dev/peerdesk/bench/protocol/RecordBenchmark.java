package dev.peerdesk.bench.protocol;

import dev.peerdesk.protocol.crypto.AeadFactory;
import dev.peerdesk.protocol.crypto.AesGcm;
import dev.peerdesk.protocol.crypto.JcaAesGcm;
import dev.peerdesk.protocol.record.RecordException;
import dev.peerdesk.protocol.record.RecordKeys;
import dev.peerdesk.protocol.record.RecordOpener;
import dev.peerdesk.protocol.record.RecordSealer;
import dev.peerdesk.protocol.record.RecordSession;
import dev.peerdesk.protocol.record.RecordType;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Record seal/open throughput (operations/s; BenchMain turns them into MB/s) for the JVM's JCA
 * AEAD and the pure-Java one the browser uses, against a same-run baseline: one bare JCA
 * AES-GCM encryption of the same size (what the record layer adds is the ratio).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordBenchmark {
    static final int RING = 256;

    @Param({"16384", "65536"})
    public int size;

    @Param({"jca", "pure-java"})
    public String aead;

    private RecordSession host;
    private RecordSession viewer;
    private RecordSealer sealer;
    private byte[] payload;
    private byte[][] sealed;
    private RecordOpener opener;
    private int next;
    private Cipher rawCipher;
    private SecretKeySpec rawKey;
    private byte[] rawNonce;
    private long rawCounter;

    @Setup
    public void setUp() throws Exception {
        Random random = new Random(1);
        byte[] k = new byte[32];
        random.nextBytes(k);
        RecordKeys keys = RecordKeys.derive(k, new byte[32]);
        AeadFactory factory = aead.equals("jca") ? JcaAesGcm.FACTORY : AesGcm.FACTORY;
        host = RecordSession.host(keys, factory);
        viewer = RecordSession.viewer(keys, factory);
        sealer = host.sealer(1);
        payload = new byte[size];
        random.nextBytes(payload);
        RecordSealer ringSealer = host.sealer(2);
        sealed = new byte[RING][];
        for (int i = 0; i < RING; i++) {
            sealed[i] = ringSealer.seal(RecordType.MESSAGES, payload);
        }
        opener = viewer.opener(2, true);
        rawCipher = Cipher.getInstance("AES/GCM/NoPadding");
        rawKey = new SecretKeySpec(k, "AES");
        rawNonce = new byte[12];
    }

    @Benchmark
    public byte[] seal() {
        return sealer.seal(RecordType.MESSAGES, payload);
    }

    @Benchmark
    public byte[] open() throws RecordException {
        if (next == RING) {
            // The ring's sequence numbers start over: a fresh opener (one Cipher.getInstance per RING opens).
            opener = viewer.opener(2, true);
            next = 0;
        }
        return opener.open(sealed[next++]).plaintext();
    }

    /** Baseline: bare JCA AES-256-GCM over the same bytes, no record layer. */
    @Benchmark
    public byte[] baselineJcaGcmSeal() throws Exception {
        long c = ++rawCounter;
        for (int i = 0; i < 8; i++) {
            rawNonce[4 + i] = (byte) (c >>> (56 - 8 * i));
        }
        rawCipher.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, rawNonce));
        rawCipher.updateAAD(rawNonce, 0, 11);
        return rawCipher.doFinal(payload);
    }
}
