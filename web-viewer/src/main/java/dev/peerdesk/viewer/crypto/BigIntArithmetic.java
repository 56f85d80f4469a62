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
    @JSBody(params = {"_b", "_e", "_m"}, script = ""
            + "var _n = BigInt('0x' + _m), one = BigInt(1), _x = BigInt('0x' + _b) % _n;"
            + "var _t = [one % _n]; for (var _i = 1; _i < 16; _i++) { _t.push(_t[_i - 1] * _x % _n); }"
            + "var _r = one % _n;"
            + "for (var _j = 0; _j < _e.length; _j++) {"
            + "  _r = _r * _r % _n; _r = _r * _r % _n; _r = _r * _r % _n; _r = _r * _r % _n;"
            + "  var _d = parseInt(_e.charAt(_j), 16); if (_d !== 0) { _r = _r * _t[_d] % _n; }"
            + "}"
            + "return _r.toString(16);")
    private static native String modPowHex(String b, String e, String m);
}
