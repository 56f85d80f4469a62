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

    @JSBody(params = "n", script = ""
            + "var a = new Uint8Array(n); crypto.getRandomValues(a); var s = '';"
            + "for (var i = 0; i < n; i++) { s += (a[i] < 16 ? '0' : '') + a[i].toString(16); }"
            + "return s;")
    private static native String randomHex(int n);
}
