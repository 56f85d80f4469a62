package dev.peerdesk.signaling.broker;

/** What the broker core decided; the WebSocket layer carries it out in order. */
public sealed interface Action {
    /** Send one text frame to a connection. */
    record Send(long conn, String text) implements Action {}

    /** Close a connection (after everything queued before this action has been sent). */
    record Close(long conn, int code, String reason) implements Action {}

    /** Append a line to the audit log. {@code id} may be null. */
    record Audit(String event, String source, String id, String detail) implements Action {}
}
