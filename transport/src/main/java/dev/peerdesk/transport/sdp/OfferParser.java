package dev.peerdesk.transport.sdp;

import dev.peerdesk.transport.sdp.SdpException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an SDP offer (RFC 8866) for a data channel session (RFC 8841, RFC 8839, RFC 8842). Strict where
 * a mistake would break the session (credentials, fingerprint, role, ports), lenient where RFC 8866 asks
 * receivers to ignore what they do not know (unknown attributes, extra lines). Only {@link SdpException}
 * escapes, whatever the input.
 */
public final class OfferParser {
    /** Browsers send about 1 KiB for a data-only offer; anything near this is not an offer we want. */
    public static final int MAX_LENGTH = 64 * 1024;
    private static final String DATA_PROTO = "UDP/DTLS/SCTP";
    private static final String DATA_FORMAT = "webrtc-datachannel";

    private OfferParser() {
    }

    public static RemoteOffer parse(String sdp) throws SdpException {
        if (sdp.length() > MAX_LENGTH) {
            throw new SdpException(Problem.TOO_LARGE, sdp.length() + " characters");
        }
        Attrs session = new Attrs();
        Attrs data = null;
        List<RemoteOffer.Section> sections = new ArrayList<>();
        Attrs current = session;
        int dataIndex = -1;
        boolean sawVersion = false;
        String[] lines = sdp.split("\r?\n");
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
                throw new SdpException(Problem.MALFORMED_LINE, abbreviate(line));
            }
            String value = line.substring(2);
            switch (line.charAt(0)) {
                case 'v' -> {
                    if (!value.equals("0")) {
                        throw new SdpException(Problem.MALFORMED_LINE, "v=" + abbreviate(value));
                    }
                    sawVersion = true;
                }
                case 'm' -> {
                    String[] f = value.split(" ", 4);
                    if (f.length < 4) {
                        throw new SdpException(Problem.MALFORMED_LINE, "m=" + abbreviate(value));
                    }
                    current = new Attrs();
                    current.mline = f;
                    if (data == null && f[0].equals("application") && f[2].equals(DATA_PROTO)
                            && f[3].equals(DATA_FORMAT)) {
                        data = current;
                        dataIndex = sections.size();
                    }
                    sections.add(null); // filled once the section's mid is known
                    current.index = sections.size() - 1;
                }
                case 'a' -> current.attribute(value);
                default -> { } // o, s, t, c, b...: nothing we need for a data channel over ICE
            }
            if (current.mline != null) {
                sections.set(current.index, new RemoteOffer.Section(current.mline[0], current.mline[2],
                        current.mline[3], current.mid));
            }
        }
        if (!sawVersion) {
            throw new SdpException(Problem.MISSING_LINE, "v=0");
        }
        if (data == null) {
            throw new SdpException(Problem.NO_DATA_CHANNEL_SECTION, "no m=application ... " + DATA_PROTO + " "
                    + DATA_FORMAT);
        }
        return build(session, data, dataIndex, sections);
    }

    private static RemoteOffer build(Attrs session, Attrs data, int index, List<RemoteOffer.Section> sections)
            throws SdpException {
        String ufrag = data.ufrag != null ? data.ufrag : session.ufrag;
        String pwd = data.pwd != null ? data.pwd : session.pwd;
        if (ufrag == null || pwd == null) {
            throw new SdpException(Problem.BAD_ICE_CREDENTIALS, "a=ice-ufrag and a=ice-pwd are required");
        }
        if (ufrag.length() < 4 || ufrag.length() > 256 || !IceChars.all(ufrag)) {
            throw new SdpException(Problem.BAD_ICE_CREDENTIALS, "ice-ufrag");
        }
        if (pwd.length() < 22 || pwd.length() > 256 || !IceChars.all(pwd)) {
            throw new SdpException(Problem.BAD_ICE_CREDENTIALS, "ice-pwd");
        }
        List<Fingerprint> fps = !data.fingerprints.isEmpty() ? data.fingerprints : session.fingerprints;
        if (fps.isEmpty()) {
            throw new SdpException(Problem.BAD_FINGERPRINT, "a=fingerprint is required (RFC 8842 section 5.1)");
        }
        DtlsSetup setup = data.setup != null ? data.setup : session.setup != null ? session.setup : DtlsSetup.ACTPASS;
        if (setup == DtlsSetup.HOLDCONN) {
            throw new SdpException(Problem.BAD_SETUP, "holdconn offers no connection");
        }
        List<IceCandidate> cands = new ArrayList<>(session.candidates);
        cands.addAll(data.candidates);
        return new RemoteOffer(data.mid, index, ufrag, pwd, session.iceLite || data.iceLite, fps, setup,
                data.sctpPort, data.maxMessageSize, cands, data.endOfCandidates || session.endOfCandidates, sections);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** Attributes of the session or of one media section. */
    private static final class Attrs {
        String[] mline;
        int index;
        String mid;
        String ufrag;
        String pwd;
        boolean iceLite;
        final List<Fingerprint> fingerprints = new ArrayList<>();
        DtlsSetup setup;
        int sctpPort = 5000;
        long maxMessageSize = 65536;
        final List<IceCandidate> candidates = new ArrayList<>();
        boolean endOfCandidates;

        void attribute(String a) throws SdpException {
            int colon = a.indexOf(':');
            String name = colon < 0 ? a : a.substring(0, colon);
            String value = colon < 0 ? "" : a.substring(colon + 1).strip();
            switch (name) {
                case "mid" -> mid = value;
                case "ice-ufrag" -> ufrag = value;
                case "ice-pwd" -> pwd = value;
                case "ice-lite" -> iceLite = true;
                case "fingerprint" -> fingerprints.add(Fingerprint.parse(value));
                case "setup" -> setup = DtlsSetup.parse(value);
                case "sctp-port" -> sctpPort = (int) number(value, 1, 65535, Problem.BAD_SCTP_PORT);
                case "max-message-size" -> maxMessageSize = number(value, 0, 0xFFFFFFFFL,
                        Problem.BAD_MAX_MESSAGE_SIZE);
                case "candidate" -> candidates.add(IceCandidate.parse(value));
                case "end-of-candidates" -> endOfCandidates = true;
                default -> { } // RFC 8866 section 5.13: unknown attributes are ignored
            }
        }

        private static long number(String s, long min, long max, Problem p) throws SdpException {
            if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new SdpException(p, abbreviate(s));
            }
            long v = Long.parseLong(s);
            if (v < min || v > max) {
                throw new SdpException(p, s);
            }
            return v;
        }
    }
}
