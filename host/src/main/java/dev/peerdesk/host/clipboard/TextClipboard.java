package dev.peerdesk.host.clipboard;

/** The shared computer's clipboard, text only. Called from one thread (the session's clipboard thread). */
public interface TextClipboard {
    /** The clipboard's text, or null when it holds none (empty, an image, files). */
    String read() throws ClipboardException;

    /** Puts {@code text} on the clipboard; other applications paste it from now on. */
    void write(String text) throws ClipboardException;
}
