package dev.peerdesk.viewer.core;

import dev.peerdesk.protocol.message.ErrorCode;

/**
 * What the viewer tells a person when something goes wrong: what happened and what they can do.
 * Codes come from the signaling server (docs/signaling.md) or the host's handshake
 * ({@link ErrorCode}); waits are given in words ("about 4 minutes"), computed from retryAt.
 */
public final class Words {
    public static final String INTERCEPTED = "The connection may be intercepted: the computer and this browser"
            + " did not see the same connection details, so nothing was sent. Do not retry on this network;"
            + " tell the computer's owner or your administrator.";

    private Words() {}

    /** A refusal or error from the signaling server. {@code retryAt} is 0 when there is none. */
    public static String signaling(String code, long retryAt, long now) {
        return switch (code) {
            case "unknown-id" -> "No computer has this ID. Check the 9 digits shown on the computer.";
            case "offline" -> "The computer is offline: PeerDesk is not running there or it has no network."
                    + " Try again when it is back.";
            case "backoff" -> "Too many wrong passwords were tried on this computer. It accepts the next try "
                    + waitWords(retryAt, now) + ".";
            case "source-blocked" -> "Too many failed attempts from your network. Try again "
                    + waitWords(retryAt, now) + ".";
            case "host-busy" -> "The computer is busy with other connection attempts. Try again in a moment.";
            case "expired" -> "The computer did not answer in time. Try again.";
            case "forbidden" -> "Access refused: your network address is not allowed by this server's IP filter."
                    + " Ask the administrator to allow it.";
            case "rate-limited" -> "Too many requests from this browser. Wait a moment and try again.";
            case "unavailable" -> "The server cannot serve connections right now. Try again later.";
            default -> "The server refused the connection (" + code + ").";
        };
    }

    /** A failed handshake, as the host or our own check reported it. */
    public static String handshake(ErrorCode code, long retryAt, long now) {
        if (code == null) {
            return "The computer broke off the connection.";
        }
        return switch (code) {
            case AUTHENTICATION_FAILED -> "Wrong password. The next try is accepted "
                    + (retryAt > now ? waitWords(retryAt, now) : "after a wait that doubles with each wrong password")
                    + ".";
            case POSSIBLE_INTERCEPTION -> INTERCEPTED;
            case TRY_LATER -> "Too many wrong passwords were tried on this computer. It accepts the next try "
                    + waitWords(retryAt, now) + ".";
            case HOST_BUSY -> "The computer already serves as many sessions as it allows. Try again later.";
            case PERMISSION_DENIED -> "You may not do this in this session.";
            case UNSUPPORTED_VERSION -> "The computer runs a PeerDesk version this page cannot talk to."
                    + " Update PeerDesk on the computer.";
            default -> "The connection failed (" + code.name().toLowerCase().replace('_', ' ') + ").";
        };
    }

    public static final String VIEW_ONLY = "View only: this session shows the screen; your keyboard and mouse"
            + " are not sent.";
    public static final String NO_PATH = "No network path to the computer was found, not even through the relay."
            + " A firewall may block it.";
    public static final String SERVER_UNREACHABLE = "The PeerDesk server cannot be reached. Check your network"
            + " and reload the page.";
    public static final String BAD_SERVER_MESSAGE = "A message that claims to come from the server is not signed"
            + " by it. The connection may be intercepted; nothing was sent.";

    /** "in about 4 minutes", "in 30 seconds", "now". */
    public static String waitWords(long retryAt, long now) {
        long s = (retryAt - now + 999) / 1000;
        if (retryAt <= 0 || s <= 0) {
            return "now";
        }
        if (s < 90) {
            return "in " + s + " second" + (s == 1 ? "" : "s");
        }
        long m = (s + 30) / 60;
        if (m < 90) {
            return "in about " + m + " minutes";
        }
        long h = (m + 30) / 60;
        return h < 48 ? "in about " + h + " hours" : "in about " + ((h + 12) / 24) + " days";
    }
}
