package dev.peerdesk.host.clipboard;

/** The shared computer's clipboard, text only. Called by one thread at a time (the session's clipboard lock). */
public interface TextClipboard extends AutoCloseable {
    /** The clipboard's text, or null when it holds none (empty, an image, files). */
    String read() throws ClipboardException;

    /** Puts {@code text} on the clipboard; other applications paste it from now on. */
    void write(String text) throws ClipboardException;

    /** How changes are noticed, for the host's log. */
    default String how() {
        return "the text is read at every poll";
    }

    /** Releases what watching the clipboard holds (an X connection); the clipboard itself stays. */
    @Override
    default void close() {}
}
