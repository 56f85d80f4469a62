package dev.peerdesk.viewer.check;

import dev.peerdesk.protocol.ProtocolVersion;
import dev.peerdesk.protocol.crypto.Aead;
import dev.peerdesk.protocol.crypto.AesGcm;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.handshake.ChannelBinding;
import dev.peerdesk.protocol.srp.SrpGroup;
import dev.peerdesk.viewer.crypto.BigIntArithmetic;
import dev.peerdesk.viewer.crypto.WebCryptoAesGcm;
import java.math.BigInteger;

/**
 * Browser figures for bench/protocol (not a test): SRP client handshakes against the loopback
 * host, one full-exponent 3072-bit modPow on BigInt and on TeaVM's BigInteger, and AES-256-GCM
 * seal throughput of the pure-Java implementation and of WebCrypto (through TeaVM's @Async). Reported as data-bench="name=value;...".
 */
final class BrowserBench {
    private BrowserBench() {}

    /** @param jsBuild whether this is the JS build (WebCrypto via @Async; TeaVM BigInteger SRP is too slow to loop) */
    static void run(String[] p, int rounds, boolean jsBuild) throws Exception {
        StringBuilder report = new StringBuilder();
        handshakes(report, "srpClientBigInt", new BigIntArithmetic(), p, rounds);
        if (!jsBuild) {
            handshakes(report, "srpClientTeaVmBigInteger", ModArithmetic.JAVA, p, rounds);
        }

        BigInteger n = SrpGroup.RFC5054_3072.n();
        BigInteger base = n.subtract(BigInteger.valueOf(12345));
        BigInteger exponent = n.subtract(BigInteger.TWO);
        double t0 = Page.now();
        BigInteger viaBigInt = null;
        for (int i = 0; i < 3; i++) {
            viaBigInt = new BigIntArithmetic().modPow(base, exponent, n);
        }
        report.append("modPow3072BigIntMs=").append((Page.now() - t0) / 3).append(';');
        t0 = Page.now();
        BigInteger viaTeaVm = base.modPow(exponent, n);
        report.append("modPow3072TeaVmBigIntegerMs=").append(Page.now() - t0).append(';');
        report.append("modPowAgree=").append(viaBigInt.equals(viaTeaVm)).append(';');

        for (String name : new String[] {"pureJava", "webCrypto"}) {
            if (name.equals("webCrypto") && (!jsBuild || !WebCryptoAesGcm.available())) {
                continue;
            }
            for (int size : new int[] {16384, 65536}) {
                Aead aead = name.equals("pureJava") ? new AesGcm(new byte[32]) : new WebCryptoAesGcm(new byte[32]);
                byte[] plain = new byte[size];
                byte[] nonce = new byte[12];
                byte[] ad = new byte[11];
                int count = (size == 16384 ? 160 : 40) * (name.equals("webCrypto") ? 10 : 1);
                aead.seal(nonce, ad, plain); // warm-up
                t0 = Page.now();
                for (int i = 0; i < count; i++) {
                    nonce[10] = (byte) (i >>> 8);
                    nonce[11] = (byte) i;
                    aead.seal(nonce, ad, plain);
                }
                double ms = Page.now() - t0;
                report.append(name).append("AesGcmSeal").append(size / 1024).append("KiBMBps=")
                        .append((double) size * count / 1e6 / (ms / 1000)).append(';');
            }
        }
        Page.report("data-bench", report.toString());
        Page.report("data-state", "done");
    }

    private static void handshakes(StringBuilder report, String name, ModArithmetic arithmetic, String[] p, int rounds)
            throws Exception {
        byte[] transcript = ChannelBinding.transcript(ProtocolVersion.CURRENT, p[0], Hex.decode(p[2]), p[3], p[4]);
        double[] each = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            double[] ms = new double[1];
            ProtocolCheck.handshake(arithmetic, p[0], p[1], transcript, ms);
            each[i] = ms[0];
        }
        java.util.Arrays.sort(each);
        report.append(name).append("MedianMs=").append(each[rounds / 2]).append(';');
        report.append(name).append("MinMs=").append(each[0]).append(';');
        report.append(name).append("MaxMs=").append(each[rounds - 1]).append(';');
    }
}
