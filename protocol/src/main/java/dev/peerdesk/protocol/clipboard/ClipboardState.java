package dev.peerdesk.protocol.clipboard;

import dev.peerdesk.protocol.message.ClipboardText;
import dev.peerdesk.protocol.session.Frames;
import dev.peerdesk.protocol.session.SecureSession;

/**
 * One side's clipboard sync, sans-IO: the host and the viewer each feed the text their own clipboard
 * shows ({@link #local}) and the text the peer sent ({@link #remote}); the answer says what to do.
 * The state is the last text both sides are known to share, so a text we just applied from the peer
 * and then read back from our clipboard is not sent back (no echo loop), and an unchanged clipboard
 * is never resent. A text that does not fit one record is refused with its size, not cut.
 */
public final class ClipboardState {
    /** What a side should do with a clipboard text. */
    public sealed interface Decision {}

    /** Send this text to the peer. */
    public record Send(ClipboardText message) implements Decision {}

    /** Put this text on our clipboard. */
    public record Apply(String text) implements Decision {}

    /** Nothing to do: the text is what both sides already share (unchanged, or our own echo). */
    public record Same() implements Decision {}

    /** The clipboard holds no text (empty, or only images/files): nothing to send. */
    public record NoText() implements Decision {}

    /** Our clipboard's text is larger than one message may carry: not sent. */
    public record TooLarge(int bytes, int limit) implements Decision {}

    private static final Same SAME = new Same();
    private static final NoText NO_TEXT = new NoText();

    private final int maxBytes;
    private String shared;
    /** The last text refused as too large: said once, not at every poll while it stays. */
    private String refused;

    /** @param baseline the text our clipboard holds when the session starts: not sent (null: none) */
    public ClipboardState(String baseline, int maxBytes) {
        if (maxBytes < 1 || maxBytes > ClipboardText.MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        this.shared = baseline;
        this.maxBytes = maxBytes;
    }

    /**
     * The largest text (UTF-8 bytes) one ClipboardText can carry: one record holds whole frames
     * (a frame never spans records), so the record's plaintext bounds it below the codec's 1 MiB.
     */
    public static int maxTextBytes() {
        int overhead = Frames.encode(new ClipboardText("")).length;
        return Math.min(ClipboardText.MAX_BYTES, SecureSession.maxPlaintext() - overhead);
    }

    /** Our clipboard now shows {@code text} (null: no text). */
    public Decision local(String text) {
        if (text == null || text.isEmpty()) {
            // Clearing the clipboard is not news: the peer keeps what it had.
            return NO_TEXT;
        }
        if (text.equals(shared) || text.equals(refused)) {
            return SAME;
        }
        int bytes = utf8Length(text);
        if (bytes > maxBytes) {
            refused = text;
            return new TooLarge(bytes, maxBytes);
        }
        refused = null;
        shared = text;
        return new Send(new ClipboardText(text));
    }

    /** The peer sent its clipboard's text. */
    public Decision remote(ClipboardText message) {
        String text = message.text();
        if (text.isEmpty() || text.equals(shared)) {
            return SAME;
        }
        shared = text;
        return new Apply(text);
    }

    /** UTF-8 length without encoding a copy (a clipboard may hold megabytes). */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3; // a lone surrogate: counted as U+FFFD, the most any encoder makes of it
            }
        }
        return n;
    }

    /** The text both sides share as far as this side knows (null before any). */
    public String shared() {
        return shared;
    }
}
