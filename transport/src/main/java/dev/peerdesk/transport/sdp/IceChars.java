package dev.peerdesk.transport.sdp;

/** {@code ice-char = ALPHA / DIGIT / "+" / "/"} (RFC 8839 section 5.1), used by ufrag, pwd and foundation. */
final class IceChars {
    private IceChars() {
    }

    static boolean all(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
