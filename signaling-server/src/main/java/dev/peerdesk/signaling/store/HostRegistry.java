package dev.peerdesk.signaling.store;

import java.io.IOException;
import java.util.Optional;

/**
 * Where enrolled hosts are kept. The embedded implementation is a journal file in the data dir; a
 * shared database (several signaling servers) implements the same three calls.
 */
public interface HostRegistry extends AutoCloseable {
    Optional<HostRecord> findById(String id);

    /** The host enrolled with this public key, if any (a host that lost its ID file gets it back). */
    Optional<HostRecord> findByKey(byte[] publicKey);

    /**
     * Stores a new host durably before returning. Returns false, storing nothing, when the ID or
     * the key is already taken (the caller picks another random ID).
     */
    boolean insert(HostRecord host) throws IOException;

    int size();

    @Override
    void close() throws IOException;
}
