package dev.peerdesk.viewer.crypto;

import dev.peerdesk.protocol.crypto.ModArithmetic;
import java.math.BigInteger;
import org.teavm.jso.JSBody;

/**
 * {@link ModArithmetic} on the browser's native BigInt. Measured in headless Chromium (see
 * bench/protocol): a full 3072-bit modPow takes tens of milliseconds here against seconds for
 * TeaVM's JavaScript BigInteger, so SRP's three exponentiations fit the 100 ms budget.
 * Values cross the boundary as hex strings: a few hundred characters, nothing next to the
 * exponentiation itself.
 */
public final class BigIntArithmetic implements ModArithmetic {
    @Override
    public BigInteger modPow(BigInteger base, BigInteger exponent, BigInteger modulus) {
        if (base.signum() < 0 || exponent.signum() < 0 || modulus.signum() <= 0) {
            throw new IllegalArgumentException("modPow wants non-negative base/exponent, positive modulus");
        }
        return new BigInteger(modPowHex(base.toString(16), exponent.toString(16), modulus.toString(16)), 16);
    }

    /**
     * Fixed 4-bit windows over the exponent's hex digits: four squarings and at most one multiply
     * per digit. BigInt literals (1n) are avoided because TeaVM's JS parser predates them.
     */
    @JSBody(params = {"b", "e", "m"}, script = ""
            + "var n = BigInt('0x' + m), one = BigInt(1), x = BigInt('0x' + b) % n;"
            + "var t = [one % n]; for (var i = 1; i < 16; i++) { t.push(t[i - 1] * x % n); }"
            + "var r = one % n;"
            + "for (var j = 0; j < e.length; j++) {"
            + "  r = r * r % n; r = r * r % n; r = r * r % n; r = r * r % n;"
            + "  var d = parseInt(e.charAt(j), 16); if (d !== 0) { r = r * t[d] % n; }"
            + "}"
            + "return r.toString(16);")
    private static native String modPowHex(String b, String e, String m);
}
