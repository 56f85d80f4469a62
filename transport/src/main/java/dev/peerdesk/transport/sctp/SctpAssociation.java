package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.AbortChunk;
import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.CookieAckChunk;
import dev.peerdesk.transport.sctp.chunk.CookieEchoChunk;
import dev.peerdesk.transport.sctp.chunk.DataChunk;
import dev.peerdesk.transport.sctp.chunk.ErrorCause;
import dev.peerdesk.transport.sctp.chunk.ErrorChunk;
import dev.peerdesk.transport.sctp.chunk.ForwardTsnChunk;
import dev.peerdesk.transport.sctp.chunk.HeartbeatAckChunk;
import dev.peerdesk.transport.sctp.chunk.HeartbeatChunk;
import dev.peerdesk.transport.sctp.chunk.InitAckChunk;
import dev.peerdesk.transport.sctp.chunk.InitChunk;
import dev.peerdesk.transport.sctp.chunk.ReconfigChunk;
import dev.peerdesk.transport.sctp.chunk.SackChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownAckChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownChunk;
import dev.peerdesk.transport.sctp.chunk.ShutdownCompleteChunk;
import dev.peerdesk.transport.sctp.chunk.UnknownChunk;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One SCTP association over DTLS (RFC 8261, RFC 8831), sans-IO: fed packets and the time, it answers
 * packets to send ({@link #pollTransmit()}), events ({@link #pollEvent()}) and its next deadline
 * ({@link #pollTimeout()}). Not thread-safe: one caller drives it.
 *
 * <p>This class holds the state machine (handshake, shutdown, abort, heartbeat) and dispatches chunks;
 * {@link DataTransfer} does data, SACKs, FORWARD TSN and stream resets.
 */
public final class SctpAssociation {
    private final SctpConfig config;
    private final Handshake handshake;
    private final ArrayDeque<SctpEvent> events = new ArrayDeque<>();
    private final ArrayDeque<byte[]> outbox = new ArrayDeque<>();
    private final SendBuffer sendBuffer = new SendBuffer(events);
    private final RtoEstimator rto;
    private final Timer t1 = new Timer();
    private final Timer t2 = new Timer();
    private final Timer heartbeat = new Timer();
    private AssociationState state = AssociationState.CLOSED;
    private boolean finished;
    private Peer peer;
    private DataTransfer data;
    private Chunk handshakeChunk;
    private long lastNow;
    private long heartbeatNonce;

    public SctpAssociation(SctpConfig config) {
        this.config = config;
        this.handshake = new Handshake(config);
        this.rto = new RtoEstimator(config);
    }

    public AssociationState state() {
        return state;
    }

    /** Sends INIT (RFC 9260 section 5.1 A). In WebRTC both sides may call this; collisions resolve. */
    public void connect(long now) {
        lastNow = now;
        if (state != AssociationState.CLOSED || finished) {
            return;
        }
        handshake.choose();
        state = AssociationState.COOKIE_WAIT;
        handshakeChunk = handshake.init();
        sendHandshake(now, 0);
    }

    private void sendHandshake(long now, int tag) {
        outbox.add(new Packet(config.localPort(), config.remotePort(), tag, List.of(handshakeChunk)).encode());
        t1.start(now, initRto());
    }

    private long initRto() {
        long v = config.rtoInitialMillis();
        for (int i = 0; i < Math.min(t1ExpiriesSoFar, 20) && v < config.rtoMaxMillis(); i++) {
            v *= 2;
        }
        return Math.min(v, config.rtoMaxMillis());
    }

    private int t1ExpiriesSoFar;

    public void handleInput(long now, byte[] raw) throws SctpException {
        lastNow = now;
        if (finished || !Packet.checksumValid(raw)) {
            return;
        }
        Packet p;
        try {
            p = Packet.decode(raw);
        } catch (SctpException e) {
            throw fail(e);
        }
        if (p.sourcePort() != config.remotePort() || p.destinationPort() != config.localPort()) {
            return;
        }
        try {
            process(now, p);
        } catch (SctpException e) {
            throw fail(e);
        }
    }

    private void process(long now, Packet p) throws SctpException {
        List<Chunk> chunks = p.chunks();
        Chunk first = chunks.get(0);
        if (first instanceof InitChunk init) {
            if (p.verificationTag() == 0 && chunks.size() == 1) {
                onInit(now, init);
            }
            return;
        }
        if (!tagAccepted(p, first)) {
            return;
        }
        boolean sawData = false;
        for (Chunk c : chunks) {
            if (finished) {
                return;
            }
            if (c instanceof DataChunk d) {
                if (data != null) {
                    data.onData(d);
                    sawData = true;
                }
            } else if (c instanceof UnknownChunk u) {
                if (u.report() && data != null) {
                    data.queueControl(new ErrorChunk(List.of(new ErrorCause(ErrorCause.UNRECOGNIZED_CHUNK,
                            dev.peerdesk.transport.sctp.chunk.ChunkCodec.encode(u)))));
                }
                if (u.stopProcessing()) {
                    break;
                }
            } else {
                onControl(now, p, c);
            }
        }
        if (sawData && data != null) {
            data.receiver.afterDataPacket(now);
        }
        checkShutdown(now);
    }

    /** Verification tag rules of RFC 9260 section 8.5 and 8.5.1. */
    private boolean tagAccepted(Packet p, Chunk first) {
        int tag = p.verificationTag();
        if (first instanceof AbortChunk a && a.tagReflected()
                || first instanceof ShutdownCompleteChunk s && s.tagReflected()) {
            return peer != null && tag == peer.peerTag();
        }
        if (first instanceof CookieEchoChunk && handshake.localTag() == 0) {
            return true;
        }
        if (first instanceof ShutdownAckChunk && peer == null) {
            // Out of the blue SHUTDOWN ACK (section 8.4 item 5): answer SHUTDOWN COMPLETE with T set.
            outbox.add(new Packet(config.localPort(), config.remotePort(), tag,
                    List.of(new ShutdownCompleteChunk(true))).encode());
            return false;
        }
        return handshake.localTag() != 0 && tag == handshake.localTag();
    }

    private void onControl(long now, Packet p, Chunk c) throws SctpException {
        if (c instanceof InitAckChunk ack) {
            onInitAck(now, ack);
        } else if (c instanceof CookieEchoChunk echo) {
            onCookieEcho(now, p, echo);
        } else if (c instanceof CookieAckChunk) {
            if (state == AssociationState.COOKIE_ECHOED) {
                establish(now, peer);
            }
        } else if (c instanceof AbortChunk a) {
            close(now, "peer aborted" + causes(a.causes()), true);
        } else if (data == null) {
            return;
        } else if (c instanceof SackChunk sack) {
            data.onSack(now, sack);
        } else if (c instanceof ForwardTsnChunk f) {
            data.onForwardTsn(f);
        } else if (c instanceof ReconfigChunk r) {
            data.onReconfig(r, events);
        } else if (c instanceof HeartbeatChunk hb) {
            data.queueControl(new HeartbeatAckChunk(hb.info()));
        } else if (c instanceof HeartbeatAckChunk ack) {
            onHeartbeatAck(now, ack);
        } else if (c instanceof ShutdownChunk s) {
            onShutdown(now, s);
        } else if (c instanceof ShutdownAckChunk) {
            if (state == AssociationState.SHUTDOWN_SENT || state == AssociationState.SHUTDOWN_ACK_SENT) {
                outbox.add(packet(new ShutdownCompleteChunk(false)));
                close(now, "shutdown", false);
            }
        } else if (c instanceof ShutdownCompleteChunk) {
            if (state == AssociationState.SHUTDOWN_ACK_SENT) {
                close(now, "shutdown", false);
            }
        } else if (c instanceof ErrorChunk e) {
            onError(now, e);
        }
    }

    private void onInit(long now, InitChunk init) {
        if (state.established()) {
            // A restart (section 5.2.2) is not supported: WebRTC makes a new DTLS session and association.
            return;
        }
        InitAckChunk ack = handshake.answer(init, now);
        outbox.add(new Packet(config.localPort(), config.remotePort(), init.fields().initiateTag(), List.of(ack))
                .encode());
    }

    private void onInitAck(long now, InitAckChunk ack) {
        if (state != AssociationState.COOKIE_WAIT) {
            return;
        }
        peer = handshake.fromInitAck(ack);
        state = AssociationState.COOKIE_ECHOED;
        handshakeChunk = new CookieEchoChunk(ack.cookie());
        t1ExpiriesSoFar = 0;
        sendHandshake(now, peer.peerTag());
    }

    /** RFC 9260 section 5.1 D and the tag cases of section 5.2.4 that WebRTC's simultaneous open needs. */
    private void onCookieEcho(long now, Packet p, CookieEchoChunk echo) {
        StateCookie cookie = StateCookie.open(config.cookieSecret(), echo.cookie());
        if (cookie == null || p.verificationTag() != cookie.localTag()) {
            return;
        }
        if (cookie.expired(now)) {
            if (!state.established()) {
                byte[] staleness = java.nio.ByteBuffer.allocate(4).putInt((int) Math.min(Integer.MAX_VALUE,
                        Math.max(0, now - cookie.created() - cookie.lifetime()) * 1000)).array();
                outbox.add(new Packet(config.localPort(), config.remotePort(), cookie.peerTag(), List.of(
                        new ErrorChunk(List.of(new ErrorCause(ErrorCause.STALE_COOKIE, staleness))))).encode());
            }
            return;
        }
        if (state.established()) {
            if (peer.localTag() == cookie.localTag() && peer.peerTag() == cookie.peerTag()) {
                data.queueControl(new CookieAckChunk()); // case D: our COOKIE ACK was lost
            }
            return;
        }
        if (state != AssociationState.CLOSED && cookie.localTag() != handshake.localTag()) {
            return;
        }
        establish(now, handshake.fromCookie(cookie));
        data.queueControl(new CookieAckChunk());
    }

    private void establish(long now, Peer settled) {
        peer = settled;
        state = AssociationState.ESTABLISHED;
        t1.stop();
        data = new DataTransfer(peer, config, sendBuffer, events, rto);
        heartbeat.start(now, config.heartbeatIntervalMillis());
        events.add(new SctpEvent.Connected());
    }

    private void onHeartbeatAck(long now, HeartbeatAckChunk ack) {
        byte[] info = ack.info().info();
        if (info.length == 16) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(info);
            long sent = b.getLong();
            if (b.getLong() == heartbeatNonce && heartbeatNonce != 0) {
                heartbeatNonce = 0;
                rto.sample(now - sent);
                data.clearErrors();
            }
        }
    }

    private void onError(long now, ErrorChunk e) {
        for (ErrorCause cause : e.causes()) {
            if (cause.code() == ErrorCause.STALE_COOKIE && state == AssociationState.COOKIE_ECHOED) {
                // Section 5.2.6: start over with a fresh INIT.
                state = AssociationState.COOKIE_WAIT;
                peer = null;
                handshakeChunk = handshake.init();
                sendHandshake(now, 0);
            }
        }
    }

    private void onShutdown(long now, ShutdownChunk s) throws SctpException {
        data.onSack(now, new SackChunk(s.cumulativeTsnAck(), 0x7fffffff, new int[0], new int[0]));
        if (state == AssociationState.ESTABLISHED || state == AssociationState.SHUTDOWN_PENDING) {
            state = AssociationState.SHUTDOWN_RECEIVED;
        } else if (state == AssociationState.SHUTDOWN_SENT) {
            // Both sides shut down at once (section 9.2): answer SHUTDOWN ACK.
            state = AssociationState.SHUTDOWN_RECEIVED;
        }
    }

    private void checkShutdown(long now) {
        if (data == null || finished) {
            return;
        }
        if (state == AssociationState.SHUTDOWN_PENDING && data.allAcked()) {
            state = AssociationState.SHUTDOWN_SENT;
            data.queueControl(new ShutdownChunk(data.receiver.cumulativeTsn()));
            t2.start(now, rto.rto());
        } else if (state == AssociationState.SHUTDOWN_RECEIVED && data.allAcked()) {
            state = AssociationState.SHUTDOWN_ACK_SENT;
            data.queueControl(new ShutdownAckChunk());
            t2.start(now, rto.rto());
        }
    }

    public void handleTimeout(long now) {
        lastNow = now;
        if (finished) {
            return;
        }
        if (t1.expired(now)) {
            t1.expire();
            if (++t1ExpiriesSoFar > config.maxInitRetransmits()) {
                close(now, "handshake timed out", true);
                return;
            }
            sendHandshake(now, state == AssociationState.COOKIE_ECHOED ? peer.peerTag() : 0);
        }
        if (data == null) {
            return;
        }
        if (!data.onTimeout(now)) {
            abortWith(now, "retransmission limit reached");
            return;
        }
        if (t2.expired(now)) {
            if (t2.expire() > config.maxAssociationRetransmits()) {
                abortWith(now, "shutdown timed out");
                return;
            }
            rto.backoff();
            data.queueControl(state == AssociationState.SHUTDOWN_SENT
                    ? new ShutdownChunk(data.receiver.cumulativeTsn()) : new ShutdownAckChunk());
            t2.start(now, rto.rto());
        }
        if (heartbeat.expired(now)) {
            heartbeat.expire();
            if (heartbeatNonce != 0) {
                data.countError();
                if (data.errorCount() > config.maxAssociationRetransmits()) {
                    abortWith(now, "peer unreachable (heartbeat)");
                    return;
                }
            }
            if (!data.queue.hasOutstanding()) {
                heartbeatNonce = ((long) config.random().nextInt() << 32) | (config.random().nextInt() & 0xffffffffL) | 1;
                byte[] info = java.nio.ByteBuffer.allocate(16).putLong(now).putLong(heartbeatNonce).array();
                data.queueControl(new HeartbeatChunk(new dev.peerdesk.transport.sctp.param.HeartbeatInfoParam(info)));
            }
            heartbeat.start(now, config.heartbeatIntervalMillis() + rto.rto());
        }
    }

    /** The next packet to hand to DTLS, or null. */
    public byte[] pollTransmit() {
        if (!outbox.isEmpty()) {
            return outbox.poll();
        }
        if (data == null || finished) {
            return null;
        }
        boolean mayStart = state == AssociationState.ESTABLISHED || state == AssociationState.SHUTDOWN_PENDING;
        List<Chunk> chunks = data.assemble(lastNow, mayStart);
        checkShutdown(lastNow);
        if (chunks.isEmpty()) {
            return null;
        }
        return new Packet(config.localPort(), config.remotePort(), peer.peerTag(), chunks).encode();
    }

    public SctpEvent pollEvent() {
        return events.poll();
    }

    /** Earliest deadline at which {@link #handleTimeout} has work, or {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        if (finished) {
            return Long.MAX_VALUE;
        }
        long t = Math.min(t1.deadline(), Math.min(t2.deadline(), heartbeat.deadline()));
        return data == null ? t : Math.min(t, data.deadline());
    }

    /**
     * Queues one user message. Allowed from connect() until shutdown()/abort(); data flows once
     * established. Empty messages cannot be carried by SCTP (DCEP sends one byte with PPID 56/57).
     *
     * @throws IllegalArgumentException empty, over the maximum message size, or a bad stream id
     * @throws IllegalStateException    after shutdown, abort or close
     */
    public void send(long now, int streamId, int ppid, byte[] payload, boolean ordered, SendOptions reliability) {
        lastNow = now;
        if (payload.length == 0 || payload.length > config.maxMessageSize()) {
            throw new IllegalArgumentException("message of " + payload.length + " bytes");
        }
        if (streamId < 0 || streamId >= (peer != null ? peer.outboundStreams() : config.streams())) {
            throw new IllegalArgumentException("stream " + streamId);
        }
        if (finished || state.ordinal() > AssociationState.ESTABLISHED.ordinal()) {
            throw new IllegalStateException("association is " + (finished ? "closed" : state));
        }
        sendBuffer.add(new OutMessage(streamId, ppid, payload.clone(), ordered, reliability, now));
    }

    /** Bytes queued on the stream and not yet transmitted once. */
    public long bufferedAmount(int streamId) {
        return sendBuffer.buffered(streamId);
    }

    /** Raises {@link SctpEvent.BufferedAmountLow} when the stream's buffered amount falls to this. */
    public void setBufferedAmountLowThreshold(int streamId, long bytes) {
        sendBuffer.setLowThreshold(streamId, bytes);
    }

    /**
     * Resets our outgoing stream (RFC 6525 Outgoing SSN Reset Request) after the messages already queued
     * on it; the peer sees {@link SctpEvent.StreamReset}. Needs the peer's RE-CONFIG support.
     */
    public void resetStream(long now, int streamId) {
        lastNow = now;
        if (finished || data == null) {
            return;
        }
        sendBuffer.holdForReset(streamId);
        data.resets.request(streamId);
    }

    /** Graceful close (RFC 9260 section 9.2) once everything queued has been acknowledged. */
    public void shutdown(long now) {
        lastNow = now;
        if (finished) {
            return;
        }
        if (state == AssociationState.ESTABLISHED) {
            state = AssociationState.SHUTDOWN_PENDING;
            checkShutdown(now);
        } else if (!state.established()) {
            close(now, "shut down before established", false);
        }
    }

    /** Sends ABORT with "User-Initiated Abort" and closes at once (RFC 9260 section 9.1). */
    public void abort(long now) {
        lastNow = now;
        if (!finished) {
            abortWith(now, "local abort", ErrorCause.USER_INITIATED_ABORT);
        }
    }

    public boolean peerSupportsPartialReliability() {
        return peer != null && peer.forwardTsn();
    }

    private void abortWith(long now, String reason) {
        abortWith(now, reason, ErrorCause.PROTOCOL_VIOLATION);
    }

    private void abortWith(long now, String reason, int code) {
        if (peer != null) {
            outbox.add(packet(new AbortChunk(false, List.of(ErrorCause.text(code, reason)))));
        }
        close(now, reason, true);
    }

    private SctpException fail(SctpException e) {
        if (!finished) {
            abortWith(lastNow, e.getMessage());
        }
        return e;
    }

    private void close(long now, String reason, boolean aborted) {
        finished = true;
        state = AssociationState.CLOSED;
        t1.stop();
        t2.stop();
        heartbeat.stop();
        events.add(new SctpEvent.Closed(reason, aborted));
    }

    private byte[] packet(Chunk c) {
        return new Packet(config.localPort(), config.remotePort(), peer.peerTag(), List.of(c)).encode();
    }

    private static String causes(List<ErrorCause> causes) {
        StringBuilder b = new StringBuilder();
        for (ErrorCause c : causes) {
            b.append(b.length() == 0 ? ": " : ", ").append(c.describe());
        }
        return b.toString();
    }
}
