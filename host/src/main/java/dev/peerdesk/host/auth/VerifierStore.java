package dev.peerdesk.host.auth;

import java.io.IOException;
import java.util.Optional;

/** Where the permanent password's verifier lives (a 0600 file in the data dir). */
public interface VerifierStore {
    Optional<StoredVerifier> load() throws IOException;

    void save(StoredVerifier verifier) throws IOException;

    /** Removes the permanent password: only one-time passwords work afterwards. */
    void clear() throws IOException;
}
