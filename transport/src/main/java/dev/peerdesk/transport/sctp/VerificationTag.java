package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.AbortChunk;
import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.CookieEchoChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownAckChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownCompleteChunk;

/** Verification tag rules for received packets, RFC 9260 sections 8.5 and 8.5.1. */
final class VerificationTag {
    /** What to do with a packet that is not an INIT. */
    enum Verdict { ACCEPT, DISCARD, ANSWER_SHUTDOWN_COMPLETE }

    private VerificationTag() {
    }

    /**
     * @param localTag our tag, 0 before connect() and before any cookie was accepted
     * @param peer     the settled peer, null before the handshake completed
     */
    static Verdict check(int packetTag, Chunk first, int localTag, Peer peer) {
        if (first instanceof AbortChunk a && a.tagReflected()
                || first instanceof ShutdownCompleteChunk s && s.tagReflected()) {
            return peer != null && packetTag == peer.peerTag() ? Verdict.ACCEPT : Verdict.DISCARD;
        }
        if (first instanceof CookieEchoChunk && localTag == 0) {
            return Verdict.ACCEPT; // the cookie itself names the tag it was issued for
        }
        if (first instanceof ShutdownAckChunk && peer == null) {
            return Verdict.ANSWER_SHUTDOWN_COMPLETE; // out of the blue (section 8.4 item 5)
        }
        return localTag != 0 && packetTag == localTag ? Verdict.ACCEPT : Verdict.DISCARD;
    }
}
