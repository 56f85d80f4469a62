package dev.peerdesk.transport.interop;

import dev.peerdesk.transport.PeerConnection;
import java.time.Duration;
import java.util.List;

/** Offer/answer and candidate exchange between the page and a Java {@link PeerConnection}. */
public final class BrowserSession {
    private BrowserSession() {
    }

    /** Connects and waits until both of the page's channels are open on both sides. */
    public static void connect(Browser b, PeerConnection pc, Recorder rec) throws Exception {
        connect(b, pc, rec, null);
    }

    /** As {@link #connect(Browser, PeerConnection, Recorder)} with an RTCConfiguration for the page. */
    public static void connect(Browser b, PeerConnection pc, Recorder rec, java.util.Map<String, Object> rtcConfig)
            throws Exception {
        String offer = (String) b.await("peer.offer(arguments[0])", rtcConfig);
        String answer = pc.setRemoteOffer(offer);
        b.await("peer.answer(arguments[0])", answer);
        int[] sentLocal = {0};
        Browser.waitFor("both channels open on both sides", Duration.ofSeconds(60), () -> {
            exchange(b, pc, rec, sentLocal);
            return rec.open.containsKey("reliable") && rec.open.containsKey("unreliable")
                    && "open".equals(b.js("return peer.state.reliable"))
                    && "open".equals(b.js("return peer.state.unreliable"));
        });
    }

    /** Trickles candidates both ways until {@code done} holds (bounded). */
    public static void exchangeUntil(Browser b, PeerConnection pc, Recorder rec, String what,
                                     java.util.function.BooleanSupplier done) throws Exception {
        int[] sentLocal = {rec.localCandidates.size()};
        Browser.waitFor(what, Duration.ofSeconds(60), () -> {
            exchange(b, pc, rec, sentLocal);
            return done.getAsBoolean();
        });
    }

    private static void exchange(Browser b, PeerConnection pc, Recorder rec, int[] sentLocal) {
        try {
            @SuppressWarnings("unchecked")
            List<String> remote = (List<String>) b.js("return peer.takeCandidates()");
            for (String c : remote) {
                pc.addRemoteCandidate(c);
            }
            while (sentLocal[0] < rec.localCandidates.size()) {
                b.await("peer.addCandidate(arguments[0])", rec.localCandidates.get(sentLocal[0]++));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
