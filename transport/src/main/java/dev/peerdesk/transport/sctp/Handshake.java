package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.ChunkType;
import dev.peerdesk.transport.sctp.chunk.CookieEchoChunk;
import dev.peerdesk.transport.sctp.chunk.InitAckChunk;
import dev.peerdesk.transport.sctp.chunk.InitChunk;
import dev.peerdesk.transport.sctp.chunk.InitFields;
import dev.peerdesk.transport.sctp.param.ForwardTsnSupportedParam;
import dev.peerdesk.transport.sctp.param.Parameter;
import dev.peerdesk.transport.sctp.param.StateCookieParam;
import dev.peerdesk.transport.sctp.param.SupportedExtensionsParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The four-way handshake of RFC 9260 section 5.1 and the collision rules of section 5.2: INIT and
 * INIT ACK contents, our State Cookie, and turning a cookie or an INIT ACK into a {@link Peer}.
 * We advertise FORWARD TSN and RE-CONFIG only; in particular not "zero checksum" (RFC 9653).
 */
final class Handshake {
    /** What a COOKIE ECHO means in the current state (RFC 9260 sections 5.1 D and 5.2.4). */
    enum CookieAction { IGNORE, ESTABLISH, ACK_AGAIN, STALE }

    private final SctpConfig config;
    private final Timer t1 = new Timer();
    private int t1Expiries;
    private Chunk pending;
    private int pendingTag;
    private int localTag;
    private int localTsn;

    Handshake(SctpConfig config) {
        this.config = config;
    }

    int localTag() {
        return localTag;
    }

    /** Picks our tag and initial TSN (once: an INIT collision must answer with the same values). */
    void choose() {
        if (localTag == 0) {
            localTag = nonZero(config.random());
            localTsn = config.random().nextInt();
        }
    }

    static int nonZero(SctpRandom random) {
        int v;
        do {
            v = random.nextInt();
        } while (v == 0);
        return v;
    }

    /** Starts sending INIT (connect, or a stale cookie made us start over). */
    byte[] sendInit(long now) {
        t1Expiries = 0;
        pending = new InitChunk(fields(localTag, localTsn, ourParams()));
        pendingTag = 0;
        return sendPending(now);
    }

    /** COOKIE-WAIT to COOKIE-ECHOED: echo the peer's cookie with its tag. */
    byte[] sendCookieEcho(long now, byte[] cookie, int peerTag) {
        t1Expiries = 0;
        pending = new CookieEchoChunk(cookie);
        pendingTag = peerTag;
        return sendPending(now);
    }

    private byte[] sendPending(long now) {
        long timeout = config.rtoInitialMillis();
        for (int i = 0; i < t1Expiries && timeout < config.rtoMaxMillis(); i++) {
            timeout *= 2;
        }
        t1.start(now, Math.min(timeout, config.rtoMaxMillis()));
        return new Packet(config.localPort(), config.remotePort(), pendingTag, List.of(pending)).encode();
    }

    long deadline() {
        return t1.deadline();
    }

    void stop() {
        t1.stop();
    }

    /**
     * T1-init / T1-cookie: the packet to retransmit with a doubled timeout, an empty array if not
     * due, or null when Max.Init.Retransmits is exceeded.
     */
    byte[] onTimeout(long now) {
        if (!t1.expired(now)) {
            return new byte[0];
        }
        t1.expire();
        if (++t1Expiries > config.maxInitRetransmits()) {
            return null;
        }
        return sendPending(now);
    }

    /** Judges a COOKIE ECHO whose cookie verified; {@code current} is null before a TCB exists. */
    CookieAction judge(AssociationState state, Peer current, StateCookie cookie, long now) {
        if (cookie.expired(now)) {
            return state.established() ? CookieAction.IGNORE : CookieAction.STALE;
        }
        if (state.established()) {
            boolean same = current.localTag() == cookie.localTag() && current.peerTag() == cookie.peerTag();
            return same ? CookieAction.ACK_AGAIN : CookieAction.IGNORE; // case D: our COOKIE ACK was lost
        }
        if (state != AssociationState.CLOSED && cookie.localTag() != localTag) {
            return CookieAction.IGNORE; // an answer to an INIT we made before connect(): superseded
        }
        return CookieAction.ESTABLISH; // CLOSED, or cases B/D of section 5.2.4 during our own handshake
    }

    private InitFields fields(int tag, int tsn, List<Parameter> params) {
        return new InitFields(tag, config.receiveWindow() & 0xffffffffL, config.streams(), config.streams(), tsn, params);
    }

    private static List<Parameter> ourParams() {
        List<Parameter> p = new ArrayList<>();
        p.add(new SupportedExtensionsParam(new byte[] {(byte) ChunkType.RE_CONFIG, (byte) ChunkType.FORWARD_TSN}));
        p.add(new ForwardTsnSupportedParam());
        return p;
    }

    /**
     * INIT ACK answering {@code init}. Before connect() we answer statelessly with a fresh tag; during our
     * own handshake with our INIT's tag and TSN (RFC 9260 section 5.2.1).
     */
    InitAckChunk answer(InitChunk init, long now) {
        int tag = localTag != 0 ? localTag : nonZero(config.random());
        int tsn = localTag != 0 ? localTsn : config.random().nextInt();
        InitFields f = init.fields();
        StateCookie cookie = new StateCookie(now, config.cookieLifetimeMillis(), tag, f.initiateTag(), tsn,
                f.initialTsn(), f.aRwnd(), f.outboundStreams(), f.inboundStreams(), supportsForwardTsn(f),
                supportsReconfig(f));
        List<Parameter> params = ourParams();
        params.add(0, new StateCookieParam(cookie.seal(config.cookieSecret())));
        return new InitAckChunk(fields(tag, tsn, params));
    }

    /** The peer's INIT ACK reached us in COOKIE-WAIT. */
    Peer fromInitAck(InitAckChunk ack) {
        InitFields f = ack.fields();
        return peer(localTag, f.initiateTag(), localTsn, f.initialTsn(), f.aRwnd(), f.outboundStreams(),
                f.inboundStreams(), supportsForwardTsn(f), supportsReconfig(f));
    }

    Peer fromCookie(StateCookie c) {
        localTag = c.localTag();
        localTsn = c.localTsn();
        return peer(c.localTag(), c.peerTag(), c.localTsn(), c.peerTsn(), c.peerRwnd(), c.peerOutStreams(),
                c.peerInStreams(), c.peerForwardTsn(), c.peerReconfig());
    }

    private Peer peer(int lTag, int pTag, int lTsn, int pTsn, long rwnd, int peerOs, int peerMis, boolean fwd,
                      boolean reconfig) {
        return new Peer(lTag, pTag, lTsn, pTsn, rwnd, Math.min(config.streams(), peerMis),
                Math.min(config.streams(), peerOs), fwd, reconfig);
    }

    private static boolean supportsForwardTsn(InitFields f) {
        SupportedExtensionsParam ext = f.find(SupportedExtensionsParam.class);
        return f.find(ForwardTsnSupportedParam.class) != null || (ext != null && ext.supports(ChunkType.FORWARD_TSN));
    }

    private static boolean supportsReconfig(InitFields f) {
        SupportedExtensionsParam ext = f.find(SupportedExtensionsParam.class);
        return ext != null && ext.supports(ChunkType.RE_CONFIG);
    }
}
