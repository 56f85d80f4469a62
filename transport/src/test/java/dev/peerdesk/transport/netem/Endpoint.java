package dev.peerdesk.transport.netem;

/** A sans-IO protocol endpoint as the harness drives it. */
public interface Endpoint {
    void handleInput(long now, byte[] packet) throws Exception;

    void handleTimeout(long now);

    byte[] pollTransmit();

    long pollTimeout();
}
