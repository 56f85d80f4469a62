package dev.peerdesk.protocol.crypto;

/** A ciphertext did not authenticate. Always caused by remote input, never by a local bug. */
public final class AeadException extends Exception {
    public AeadException(String message) {
        super(message);
    }
}
