package dev.peerdesk.viewer.crypto;

import dev.peerdesk.protocol.crypto.AeadFactory;
import dev.peerdesk.protocol.crypto.AesGcm;
import org.teavm.jso.JSBody;

/** The viewer's AES-256-GCM: WebCrypto where the page may use it, else the pure-Java one. */
public final class BrowserAead {
    private BrowserAead() {}

    public static AeadFactory factory() {
        return WebCryptoAesGcm.available() ? WebCryptoAesGcm.FACTORY : AesGcm.FACTORY;
    }

    /**
     * Lives here, not in {@link WebCryptoAesGcm}: TeaVM 0.15 treats a call to a class's static
     * native @JSBody method as having initialized that class, so reading WebCryptoAesGcm.FACTORY
     * right after it found null (seen in the browser check).
     */
    @JSBody(script = "return typeof crypto !== 'undefined' && typeof crypto.subtle !== 'undefined';")
    static native boolean webCryptoAvailable();
}
