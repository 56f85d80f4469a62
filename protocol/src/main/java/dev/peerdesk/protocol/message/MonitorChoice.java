package dev.peerdesk.protocol.message;

/**
 * Viewer to host: show monitor number {@code monitor} (0 is the primary).
 * <pre>u8 monitor</pre>
 */
public record MonitorChoice(int monitor) implements Message {
    public MonitorChoice {
        Checks.u8(monitor, "monitor");
    }

    @Override
    public MessageType type() {
        return MessageType.MONITOR_CHOICE;
    }

    @Override
    public void writeBody(WireWriter out) {
        out.u8(monitor);
    }

    static MonitorChoice read(WireReader in) throws ProtocolException {
        return new MonitorChoice(in.u8());
    }
}
