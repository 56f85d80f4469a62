package dev.peerdesk.viewer.check;

import dev.peerdesk.protocol.crypto.Aead;
import dev.peerdesk.protocol.crypto.AeadException;
import dev.peerdesk.protocol.crypto.AesGcm;
import dev.peerdesk.viewer.crypto.BrowserRandom;
import dev.peerdesk.viewer.crypto.WebCryptoAesGcm;
import java.util.Arrays;

/**
 * In the browser: the TeaVM-compiled pure-Java AES-GCM and WebCrypto must produce the same bytes
 * for random keys, nonces, additional data and lengths, each must open the other's output, and
 * both must refuse an altered tag. True when all hold (or WebCrypto is missing: nothing to compare).
 */
final class AeadCrossCheck {
    private AeadCrossCheck() {}

    static boolean run() {
        if (!WebCryptoAesGcm.available()) {
            return true;
        }
        for (int i = 0; i < 20; i++) {
            byte[] key = BrowserRandom.bytes(32);
            byte[] nonce = BrowserRandom.bytes(12);
            byte[] ad = BrowserRandom.bytes(i);
            byte[] plain = BrowserRandom.bytes(i * 97 % 1000);
            Aead pure = new AesGcm(key);
            Aead web = new WebCryptoAesGcm(key);
            byte[] a = pure.seal(nonce, ad, plain);
            byte[] b = web.seal(nonce, ad, plain);
            if (!Arrays.equals(a, b)) {
                return false;
            }
            try {
                if (!Arrays.equals(plain, web.open(nonce, ad, a)) || !Arrays.equals(plain, pure.open(nonce, ad, b))) {
                    return false;
                }
            } catch (AeadException e) {
                return false;
            }
            b[b.length - 1] ^= 1;
            if (refuses(pure, nonce, ad, b) && refuses(web, nonce, ad, b)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean refuses(Aead aead, byte[] nonce, byte[] ad, byte[] sealed) {
        try {
            aead.open(nonce, ad, sealed);
            return false;
        } catch (AeadException expected) {
            return true;
        }
    }
}
