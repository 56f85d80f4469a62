package dev.peerdesk.protocol.srp;

/** Why an SRP handshake failed. Each is caused by the peer (or a man in the middle), never by us. */
public enum SrpError {
    /** The peer's public value A or B is 0 mod N (RFC 5054 2.5.4): it would fix the shared secret. */
    ILLEGAL_PUBLIC_VALUE,
    /** u = H(A | B) is zero: the secret would not depend on the password. */
    ILLEGAL_SCRAMBLER,
    /** The viewer's proof M1 did not verify: wrong password, or the transcripts differ (interception). */
    BAD_CLIENT_PROOF,
    /** The host's proof M2 did not verify: the host does not know the verifier, or the transcripts differ. */
    BAD_SERVER_PROOF,
    /** A value of the wrong length, or a message that does not fit the handshake's state. */
    MALFORMED
}
