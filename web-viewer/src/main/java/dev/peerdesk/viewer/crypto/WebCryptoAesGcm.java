package dev.peerdesk.viewer.crypto;

import dev.peerdesk.protocol.crypto.Aead;
import dev.peerdesk.protocol.crypto.AeadException;
import dev.peerdesk.protocol.crypto.AeadFactory;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * AES-256-GCM on the browser's WebCrypto, presented as the synchronous {@link Aead} the record
 * layer expects. WebCrypto only answers with promises, so each call is a TeaVM {@link Async}
 * method: the calling Java thread (TeaVM green thread) suspends until the promise settles. The
 * viewer therefore opens and seals records on a TeaVM thread (its receive loop), never directly
 * inside a JS event handler.
 *
 * <p>Why not the pure-Java {@link dev.peerdesk.protocol.crypto.AesGcm} everywhere: measured in
 * headless Chromium (bench/protocol) it seals about 5 MB/s compiled to JavaScript, where WebCrypto
 * does hundreds; a full-screen update is megabytes. The pure-Java one stays as the fallback where
 * {@code crypto.subtle} is missing (pages outside a secure context).
 */
public final class WebCryptoAesGcm implements Aead {
    /** Creates instances for the record layer. */
    public static final AeadFactory FACTORY = WebCryptoAesGcm::new;

    private final JSObject key;

    public WebCryptoAesGcm(byte[] rawKey) {
        if (rawKey.length != 32) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes");
        }
        JSObject imported = importKey(Int8Array.copyFromJavaArray(rawKey));
        if (imported == null) {
            throw new IllegalStateException("WebCrypto refused an AES-256-GCM key");
        }
        this.key = imported;
    }

    /** Whether this page can use WebCrypto (secure contexts only). */
    public static boolean available() {
        return BrowserAead.webCryptoAvailable();
    }

    @Override
    public byte[] seal(byte[] nonce, byte[] additionalData, byte[] plaintext) {
        Int8Array out = crypt(key, Int8Array.copyFromJavaArray(nonce), Int8Array.copyFromJavaArray(additionalData),
                Int8Array.copyFromJavaArray(plaintext), true);
        if (out == null) {
            throw new IllegalStateException("WebCrypto AES-GCM encrypt failed");
        }
        return out.copyToJavaArray();
    }

    @Override
    public byte[] open(byte[] nonce, byte[] additionalData, byte[] ciphertextAndTag) throws AeadException {
        if (ciphertextAndTag.length < TAG_LENGTH) {
            throw new AeadException("ciphertext shorter than the tag");
        }
        Int8Array out = crypt(key, Int8Array.copyFromJavaArray(nonce), Int8Array.copyFromJavaArray(additionalData),
                Int8Array.copyFromJavaArray(ciphertextAndTag), false);
        if (out == null) {
            throw new AeadException("tag does not verify");
        }
        return out.copyToJavaArray();
    }

    @Async
    private static native JSObject importKey(Int8Array raw);

    private static void importKey(Int8Array raw, AsyncCallback<JSObject> callback) {
        importKeyJs(raw, callback::complete);
    }

    @Async
    private static native Int8Array crypt(JSObject key, Int8Array iv, Int8Array ad, Int8Array data, boolean encrypt);

    private static void crypt(JSObject key, Int8Array iv, Int8Array ad, Int8Array data, boolean encrypt,
            AsyncCallback<Int8Array> callback) {
        cryptJs(key, iv, ad, data, encrypt, callback::complete);
    }

    @JSFunctor
    interface KeyCallback extends JSObject {
        void accept(JSObject key);
    }

    @JSFunctor
    interface BytesCallback extends JSObject {
        void accept(Int8Array bytes);
    }

    /** A rejected promise answers null: Java decides what a failure means. */
    @JSBody(params = {"raw", "cb"}, script = ""
            + "crypto.subtle.importKey('raw', raw, {name: 'AES-GCM'}, false, ['encrypt', 'decrypt'])"
            + ".then(function(_k) { cb(_k); }, function(_e) { cb(null); });")
    private static native void importKeyJs(Int8Array raw, KeyCallback cb);

    @JSBody(params = {"key", "iv", "ad", "data", "encrypt", "cb"}, script = ""
            + "var alg = {name: 'AES-GCM', iv: iv, additionalData: ad, tagLength: 128};"
            + "(encrypt ? crypto.subtle.encrypt(alg, key, data) : crypto.subtle.decrypt(alg, key, data))"
            + ".then(function(_r) { cb(new Int8Array(_r)); }, function(_e) { cb(null); });")
    private static native void cryptJs(JSObject key, Int8Array iv, Int8Array ad, Int8Array data, boolean encrypt,
            BytesCallback cb);
}
