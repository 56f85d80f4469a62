package dev.peerdesk.viewer.crypto;

import org.teavm.jso.JSBody;

/** Secret randomness from the browser's CSPRNG (crypto.getRandomValues), for SRP's private a. */
public final class BrowserRandom {
    private BrowserRandom() {}

    public static byte[] bytes(int n) {
        String hex = randomHex(n);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    @JSBody(params = "_n", script = ""
            + "var _a = new Uint8Array(_n); crypto.getRandomValues(_a); var _s = '';"
            + "for (var _i = 0; _i < _n; _i++) { _s += (_a[_i] < 16 ? '0' : '') + _a[_i].toString(16); }"
            + "return _s;")
    private static native String randomHex(int n);
}
