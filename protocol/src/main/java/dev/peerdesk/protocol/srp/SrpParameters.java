package dev.peerdesk.protocol.srp;

import dev.peerdesk.protocol.crypto.Hash;
import dev.peerdesk.protocol.crypto.ModArithmetic;
import dev.peerdesk.protocol.crypto.Sha256;

/**
 * What both ends must agree on: the group, the hash and the platform's modular arithmetic.
 * Production is {@link #production}: the 3072-bit group with SHA-256. Other hashes exist only so
 * RFC 5054's SHA-1 vectors can check the math.
 */
public final class SrpParameters {
    private final SrpGroup group;
    private final Hash hash;
    private final ModArithmetic arithmetic;

    public SrpParameters(SrpGroup group, Hash hash, ModArithmetic arithmetic) {
        this.group = group;
        this.hash = hash;
        this.arithmetic = arithmetic;
    }

    /** RFC 5054 3072-bit group, SHA-256, on the given arithmetic. */
    public static SrpParameters production(ModArithmetic arithmetic) {
        return new SrpParameters(SrpGroup.RFC5054_3072, new Sha256(), arithmetic);
    }

    public SrpGroup group() {
        return group;
    }

    /** A fresh hash instance (instances are stateful). */
    public Hash newHash() {
        return hash.newInstance();
    }

    public ModArithmetic arithmetic() {
        return arithmetic;
    }
}
