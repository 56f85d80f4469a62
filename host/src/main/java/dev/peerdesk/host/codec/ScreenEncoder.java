package dev.peerdesk.host.codec;

import dev.peerdesk.host.screen.DirtyTiles;
import dev.peerdesk.host.screen.Frame;
import java.util.List;

/**
 * Turns captured screens into messages for the {@code video} channel. The lossless tile codec is
 * the first implementation; a video codec (VP8/H.264 through WebCodecs) plugs in here later.
 */
public interface ScreenEncoder {
    /**
     * Encodes what changed inside {@code dirty} since the previous call as frame {@code frameId}.
     * Returns the messages in order (each within the channel limit), or an empty list when nothing
     * actually changed, in which case {@code frameId} was not used.
     */
    List<byte[]> encode(long frameId, Frame frame, DirtyTiles dirty);

    /** Forget what the viewer has: the next frame must carry the whole screen. */
    void reset();
}
