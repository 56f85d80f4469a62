package dev.peerdesk.viewer.app;

import dev.peerdesk.protocol.envelope.SignatureVerifier;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Ed25519 verification of the server's envelopes on WebCrypto, as the synchronous interface the
 * envelope verifier wants: a TeaVM {@link Async} method, so callers run on the event loop's thread.
 * A browser without Ed25519 in WebCrypto verifies nothing: every envelope is refused (fail closed).
 */
final class Ed25519WebCrypto implements SignatureVerifier {
    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != PUBLIC_KEY_LENGTH || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        return check(Int8Array.copyFromJavaArray(publicKey), Int8Array.copyFromJavaArray(message),
                Int8Array.copyFromJavaArray(signature));
    }

    @Async
    private static native boolean check(Int8Array key, Int8Array message, Int8Array signature);

    private static void check(Int8Array key, Int8Array message, Int8Array signature, AsyncCallback<Boolean> cb) {
        checkJs(key, message, signature, ok -> cb.complete(ok));
    }

    @JSFunctor
    interface Result extends JSObject {
        void accept(boolean ok);
    }

    @JSBody(params = {"key", "message", "signature", "cb"}, script = ""
            + "crypto.subtle.importKey('raw', key, {name: 'Ed25519'}, false, ['verify'])"
            + ".then(function(_k) { return crypto.subtle.verify({name: 'Ed25519'}, _k, signature, message); })"
            + ".then(function(ok) { cb(ok === true); }, function(_e) { console.log('peerdesk ed25519 ' + _e); cb(false); });")
    private static native void checkJs(Int8Array key, Int8Array message, Int8Array signature, Result cb);
}
