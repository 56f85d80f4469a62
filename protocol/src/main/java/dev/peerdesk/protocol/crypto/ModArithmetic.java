package dev.peerdesk.protocol.crypto;

import java.math.BigInteger;

/**
 * The one expensive operation of SRP-6a, behind an interface so each platform can use its fastest
 * big-number engine: the JVM uses {@link BigInteger#modPow}, the browser JavaScript's BigInt (TeaVM's
 * JS-backend BigInteger takes seconds for a 3072-bit exponent). Cheap operations (multiply, add,
 * reduce) stay on {@link BigInteger} everywhere.
 */
public interface ModArithmetic {
    /** {@code base^exponent mod modulus}; all arguments non-negative, modulus positive. */
    BigInteger modPow(BigInteger base, BigInteger exponent, BigInteger modulus);

    /** The JVM's own arithmetic. */
    ModArithmetic JAVA = BigInteger::modPow;
}
