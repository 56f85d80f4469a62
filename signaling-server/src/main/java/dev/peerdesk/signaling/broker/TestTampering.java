package dev.peerdesk.signaling.broker;

/**
 * TEST ONLY: makes this server act as the man in the middle that the SRP channel binding must
 * catch, by changing the host's DTLS fingerprint in every answer it relays. Off unless the JVM runs
 * with {@code -D} {@value #PROPERTY}{@code =true}; the end-to-end tests use it to show the viewer's
 * "the connection may be intercepted". Never set it on a real server.
 */
final class TestTampering {
    static final String PROPERTY = "peerdesk.test.tamperAnswerFingerprint";

    private TestTampering() {}

    static String answer(String sdp) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return sdp;
        }
        StringBuilder out = new StringBuilder(sdp.length());
        for (String line : sdp.split("(?<=\n)")) {
            if (line.startsWith("a=fingerprint:")) {
                String body = line.stripTrailing();
                char last = body.charAt(body.length() - 1);
                char flipped = last == '0' ? '1' : '0';
                line = body.substring(0, body.length() - 1) + flipped + line.substring(body.length());
            }
            out.append(line);
        }
        return out.toString();
    }
}
