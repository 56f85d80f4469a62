package dev.peerdesk.protocol.crypto;

/** Makes an {@link Aead} for a 32-byte key: JVM {@link JcaAesGcm#FACTORY}, the browser its own. */
public interface AeadFactory {
    Aead create(byte[] key);
}
