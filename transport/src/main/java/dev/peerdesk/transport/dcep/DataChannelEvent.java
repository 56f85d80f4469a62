package dev.peerdesk.transport.dcep;

import java.nio.charset.StandardCharsets;

/** What {@link DataChannels} reports; drained with {@link DataChannels#pollEvent()}. */
public sealed interface DataChannelEvent {

    /** The SCTP association is established; channels can carry data. */
    record Connected() implements DataChannelEvent {
    }

    /** A channel is open: ours once the association is up, or one the peer opened ({@code remote}). */
    record ChannelOpen(DataChannel channel, boolean remote) implements DataChannelEvent {
    }

    /** A whole message; {@code binary} false means UTF-8 text (PPID 51/56). */
    record Message(DataChannel channel, byte[] data, boolean binary) implements DataChannelEvent {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    /** The channel's buffered amount fell to its low-water threshold. */
    record BufferedAmountLow(DataChannel channel) implements DataChannelEvent {
    }

    /** The channel is closed (both stream directions reset), whichever side closed it. */
    record ChannelClosed(DataChannel channel) implements DataChannelEvent {
    }

    /** The association ended; every channel is closed with it. */
    record Closed(String reason, boolean aborted) implements DataChannelEvent {
    }
}
