package dev.peerdesk.transport.sctp;

/** What an association tells its user; drained with {@link SctpAssociation#pollEvent()}. */
public sealed interface SctpEvent {

    /** The association reached ESTABLISHED. */
    record Connected() implements SctpEvent {
    }

    /** A whole user message (reassembled, in order on ordered streams). */
    record Message(int streamId, int ppid, byte[] data, boolean unordered) implements SctpEvent {
    }

    /** The peer reset its outgoing stream {@code streamId} (RFC 6525): our incoming side is reset. */
    record StreamReset(int streamId) implements SctpEvent {
    }

    /** {@code bufferedAmount(streamId)} fell to or below its low-water threshold. */
    record BufferedAmountLow(int streamId) implements SctpEvent {
    }

    /** The association is gone: graceful shutdown ({@code aborted == false}) or abort/failure. */
    record Closed(String reason, boolean aborted) implements SctpEvent {
    }
}
