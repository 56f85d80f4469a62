package dev.peerdesk.signaling.broker;

/** Shapes of the identifiers clients send; checked before they reach a map, a log or a proof. */
final class Validate {
    private Validate() {}

    static String hostId(String id) throws Refused {
        if (id.length() != 9 || id.charAt(0) == '0' || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Refused("bad-request", "an ID is 9 digits", false);
        }
        return id;
    }

    /** Session ids and hardware fingerprints: base64url alphabet, bounded length. */
    static String token(String value, int min, int max, String what) throws Refused {
        if (value.length() < min || value.length() > max || !value.chars().allMatch(Validate::isBase64Url)) {
            throw new Refused("bad-request", what + " must be " + min + ".." + max + " base64url characters", false);
        }
        return value;
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
