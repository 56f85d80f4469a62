package dev.peerdesk.signaling.broker;

/** Which endpoint a WebSocket connected to: {@code /ws/host} or {@code /ws/viewer}. */
public enum Role {
    HOST,
    VIEWER
}
