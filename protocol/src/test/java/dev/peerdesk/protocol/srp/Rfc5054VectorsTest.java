package dev.peerdesk.protocol.srp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peerdesk.protocol.crypto.Hex;
import dev.peerdesk.protocol.crypto.JcaHash;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** RFC 5054 appendix B: the 1024-bit group with SHA-1, fixed a and b. Proves the math. */
class Rfc5054VectorsTest {
    static final SrpGroup GROUP_1024 = new SrpGroup(new BigInteger(
            "EEAF0AB9ADB38DD69C33F80AFA8FC5E86072618775FF3C0B9EA2314C9C256576D674DF7496EA81D3383B4813D692C6E0E0D5D8E250B98BE48E495C1D6089DAD15DC7D7B46154D6B6CE8EF4AD69B15D4982559B297BCF1885C529F566660E57EC68EDBC3C05726CC02FD4CBF4976EAA9AFD5138FE8376435B9FC61D2FC0EB06E3", 16), BigInteger.TWO);
    static final SrpParameters P = new SrpParameters(GROUP_1024, JcaHash.sha1(), ModArithmetic.JAVA);

    static final String I = "alice";
    static final String PASSWORD = "password123";
    static final byte[] SALT = Hex.decode("BEB25379 D1A8581E B5A72767 3A2441EE");
    static final BigInteger K = hex("7556AA04 5AEF2CDD 07ABAF0F 665C3E81 8913186F");
    static final BigInteger X = hex("94B7555A ABE9127C C58CCF49 93DB6CF8 4D16C124");
    static final BigInteger V = hex("7E273DE8 696FFC4F 4E337D05 B4B375BE B0DDE156 9E8FA00A 9886D812"
            + "9BADA1F1 822223CA 1A605B53 0E379BA4 729FDC59 F105B478 7E5186F5"
            + "C671085A 1447B52A 48CF1970 B4FB6F84 00BBF4CE BFBB1681 52E08AB5"
            + "EA53D15C 1AFF87B2 B9DA6E04 E058AD51 CC72BFC9 033B564E 26480D78"
            + "E955A5E2 9E7AB245 DB2BE315 E2099AFB");
    static final byte[] A_PRIVATE = Hex.decode("60975527 035CF2AD 1989806F 0407210B C81EDC04 E2762A56 AFD529DD DA2D4393");
    static final byte[] B_PRIVATE = Hex.decode("E487CB59 D31AC550 471E81F0 0F6928E0 1DDA08E9 74A004F4 9E61F5D1 05284D20");
    static final BigInteger A = hex("61D5E490 F6F1B795 47B0704C 436F523D D0E560F0 C64115BB 72557EC4"
            + "4352E890 3211C046 92272D8B 2D1A5358 A2CF1B6E 0BFCF99F 921530EC"
            + "8E393561 79EAE45E 42BA92AE ACED8251 71E1E8B9 AF6D9C03 E1327F44"
            + "BE087EF0 6530E69F 66615261 EEF54073 CA11CF58 58F0EDFD FE15EFEA"
            + "B349EF5D 76988A36 72FAC47B 0769447B");
    static final BigInteger B = hex("BD0C6151 2C692C0C B6D041FA 01BB152D 4916A1E7 7AF46AE1 05393011"
            + "BAF38964 DC46A067 0DD125B9 5A981652 236F99D9 B681CBF8 7837EC99"
            + "6C6DA044 53728610 D0C6DDB5 8B318885 D7D82C7F 8DEB75CE 7BD4FBAA"
            + "37089E6F 9C6059F3 88838E7A 00030B33 1EB76840 910440B1 B27AAEAE"
            + "EB4012B7 D7665238 A8E3FB00 4B117B58");
    static final BigInteger U = hex("CE38B959 3487DA98 554ED47D 70A7AE5F 462EF019");
    static final BigInteger S = hex("B0DC82BA BCF30674 AE450C02 87745E79 90A3381F 63B387AA F271A10D"
            + "233861E3 59B48220 F7C4693C 9AE12B0A 6F67809F 0876E2D0 13800D6C"
            + "41BB59B6 D5979B5C 00A172B4 A2A5903A 0BDCAF8A 709585EB 2AFAFA8F"
            + "3499B200 210DCC1F 10EB3394 3CD67FC8 8A2F39A4 BE5BEC4E C0A3212D"
            + "C346D7E4 74B29EDE 8A469FFE CA686E5A");

    static BigInteger hex(String s) {
        return new BigInteger(s.replaceAll("\\s", ""), 16);
    }

    @Test
    void formulas() {
        assertEquals(K, SrpMath.k(P));
        assertEquals(X, SrpMath.x(P, SALT, I, PASSWORD));
        assertEquals(V, SrpMath.verifier(P, X));
        assertEquals(A, SrpMath.gPow(P, new BigInteger(1, A_PRIVATE)));
        assertEquals(B, SrpMath.serverPublic(P, K, V, new BigInteger(1, B_PRIVATE)));
        assertEquals(U, SrpMath.u(P, A, B));
        assertEquals(S, SrpMath.clientSecret(P, K, X, new BigInteger(1, A_PRIVATE), U, B));
        assertEquals(S, SrpMath.serverSecret(P, V, U, new BigInteger(1, B_PRIVATE), A));
    }

    @Test
    void stateMachinesReproduceTheVectors() throws SrpException {
        SrpVerifier stored = SrpVerifier.generate(P, SALT, I, PASSWORD);
        assertEquals(V, new BigInteger(1, stored.verifier()));
        SrpClient client = new SrpClient(P, I, PASSWORD, new byte[0], A_PRIVATE);
        SrpServer server = new SrpServer(P, stored, new byte[0], B_PRIVATE);
        byte[] a = client.start();
        assertEquals(A, new BigInteger(1, a));
        byte[] b = server.challenge(a);
        assertEquals(B, new BigInteger(1, b));
        byte[] m1 = client.respond(server.salt(), b);
        byte[] m2 = server.verify(m1);
        byte[] key = client.finish(m2);
        assertArrayEquals(server.sessionKey(), key);
        assertArrayEquals(SrpMath.sessionKey(P, S), key);
    }
}
