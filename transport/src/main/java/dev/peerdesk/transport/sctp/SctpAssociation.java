package dev.peerdesk.transport.sctp;

import dev.peerdesk.transport.sctp.chunk.AbortChunk;
import dev.peerdesk.transport.sctp.chunk.Chunk;
import dev.peerdesk.transport.sctp.chunk.ChunkCodec;
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
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One SCTP association over DTLS (RFC 8261, RFC 8831), sans-IO: fed packets and the time, it answers
 * packets to send ({@link #pollTransmit()}), events ({@link #pollEvent()}) and its next deadline
 * ({@link #pollTimeout()}). Not thread-safe: one caller drives it.
 *
 * <p>This class is the state machine and the chunk dispatcher; {@link Handshake}, {@link DataTransfer},
 * {@link ShutdownControl} and {@link Heartbeats} do the work.
 */
public final class SctpAssociation {
    private final SctpConfig config;
    private final Handshake handshake;
    private final ArrayDeque<SctpEvent> events = new ArrayDeque<>();
    private final ArrayDeque<byte[]> outbox = new ArrayDeque<>();
    private final SendBuffer sendBuffer = new SendBuffer(events);
    private final RtoEstimator rto;
    private final ShutdownControl shutdown;
    private final Heartbeats heartbeats;
    private AssociationState state = AssociationState.CLOSED;
    private boolean finished;
    private Peer peer;
    private DataTransfer data;
    private long lastNow;

    public SctpAssociation(SctpConfig config) {
        this.config = config;
        this.handshake = new Handshake(config);
        this.rto = new RtoEstimator(config);
        this.shutdown = new ShutdownControl(config, rto);
        this.heartbeats = new Heartbeats(config, rto);
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
        outbox.add(handshake.sendInit(now));
    }

    /**
     * Takes one received packet. Packets with a bad checksum, wrong ports or a wrong verification tag are
     * dropped silently as RFC 9260 asks.
     *
     * @throws SctpException the packet was authentic but malformed or violated the protocol: the
     *                       association has sent ABORT and closed (a {@link SctpEvent.Closed} is queued)
     */
    public void handleInput(long now, byte[] raw) throws SctpException {
        lastNow = now;
        if (!Packet.checksumValid(raw)) {
            return;
        }
        if (finished) {
            answerAfterClose(raw);
            return;
        }
        try {
            Packet p = Packet.decode(raw);
            if (p.sourcePort() == config.remotePort() && p.destinationPort() == config.localPort()) {
                process(now, p);
            }
        } catch (SctpException e) {
            if (!finished) {
                abortWith(now, e.getMessage(), ErrorCause.PROTOCOL_VIOLATION);
            }
            throw e;
        }
    }

    /**
     * Closed: a retransmitted SHUTDOWN ACK means our SHUTDOWN COMPLETE was lost; answer it as out of the
     * blue (RFC 9260 section 8.4 item 5) so the peer can close too. Everything else is ignored.
     */
    private void answerAfterClose(byte[] raw) {
        try {
            Packet p = Packet.decode(raw);
            if (peer != null && p.verificationTag() == peer.localTag() && p.chunks().get(0) instanceof ShutdownAckChunk) {
                outbox.add(new Packet(config.localPort(), config.remotePort(), p.verificationTag(),
                        List.of(new ShutdownCompleteChunk(true))).encode());
            }
        } catch (SctpException ignored) {
            // nothing to answer after close
        }
    }

    private void process(long now, Packet p) throws SctpException {
        List<Chunk> chunks = p.chunks();
        if (chunks.get(0) instanceof InitChunk init) {
            if (p.verificationTag() == 0 && chunks.size() == 1) {
                onInit(now, init);
            }
            return;
        }
        switch (VerificationTag.check(p.verificationTag(), chunks.get(0), handshake.localTag(), peer)) {
            case DISCARD -> {
                return;
            }
            case ANSWER_SHUTDOWN_COMPLETE -> {
                outbox.add(new Packet(config.localPort(), config.remotePort(), p.verificationTag(),
                        List.of(new ShutdownCompleteChunk(true))).encode());
                return;
            }
            default -> { }
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
                    data.queueControl(new ErrorChunk(List.of(
                            new ErrorCause(ErrorCause.UNRECOGNIZED_CHUNK, ChunkCodec.encode(u)))));
                }
                if (u.stopProcessing()) {
                    break;
                }
            } else {
                onControl(now, p, c);
            }
        }
        if (sawData) {
            data.receiver.afterDataPacket(now);
        }
        progressShutdown(now);
    }

    private void onControl(long now, Packet p, Chunk c) throws SctpException {
        if (c instanceof InitAckChunk ack) {
            if (state == AssociationState.COOKIE_WAIT) {
                peer = handshake.fromInitAck(ack);
                state = AssociationState.COOKIE_ECHOED;
                outbox.add(handshake.sendCookieEcho(now, ack.cookie(), peer.peerTag()));
            }
        } else if (c instanceof CookieEchoChunk echo) {
            onCookieEcho(now, p, echo);
        } else if (c instanceof CookieAckChunk) {
            if (state == AssociationState.COOKIE_ECHOED) {
                establish(now, peer);
            }
        } else if (c instanceof AbortChunk a) {
            close("peer aborted" + causes(a.causes()), true);
        } else if (c instanceof ErrorChunk e) {
            onError(now, e);
        } else if (data != null) {
            onEstablishedControl(now, c);
        }
    }

    private void onEstablishedControl(long now, Chunk c) throws SctpException {
        if (c instanceof SackChunk sack) {
            data.onSack(now, sack);
        } else if (c instanceof ForwardTsnChunk f) {
            data.onForwardTsn(f);
        } else if (c instanceof ReconfigChunk r) {
            data.onReconfig(r, events);
        } else if (c instanceof HeartbeatChunk hb) {
            data.queueControl(new HeartbeatAckChunk(hb.info()));
        } else if (c instanceof HeartbeatAckChunk ack) {
            heartbeats.onAck(now, ack, data);
        } else if (c instanceof ShutdownChunk s) {
            state = shutdown.onShutdown(now, state, s, data);
        } else if (c instanceof ShutdownAckChunk) {
            if (state == AssociationState.SHUTDOWN_SENT || state == AssociationState.SHUTDOWN_ACK_SENT) {
                outbox.add(packet(new ShutdownCompleteChunk(false)));
                close("shutdown", false);
            }
        } else if (c instanceof ShutdownCompleteChunk) {
            if (state == AssociationState.SHUTDOWN_ACK_SENT) {
                close("shutdown", false);
            }
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

    private void onCookieEcho(long now, Packet p, CookieEchoChunk echo) {
        StateCookie cookie = StateCookie.open(config.cookieSecret(), echo.cookie());
        if (cookie == null || p.verificationTag() != cookie.localTag()) {
            return;
        }
        switch (handshake.judge(state, peer, cookie, now)) {
            case ESTABLISH -> {
                establish(now, handshake.fromCookie(cookie));
                data.queueControl(new CookieAckChunk());
            }
            case ACK_AGAIN -> data.queueControl(new CookieAckChunk());
            case STALE -> {
                long staleMicros = Math.max(0, now - cookie.created() - cookie.lifetime()) * 1000;
                byte[] measure = ByteBuffer.allocate(4).putInt((int) Math.min(Integer.MAX_VALUE, staleMicros)).array();
                outbox.add(new Packet(config.localPort(), config.remotePort(), cookie.peerTag(), List.of(
                        new ErrorChunk(List.of(new ErrorCause(ErrorCause.STALE_COOKIE, measure))))).encode());
            }
            default -> { }
        }
    }

    private void establish(long now, Peer settled) {
        peer = settled;
        state = AssociationState.ESTABLISHED;
        handshake.stop();
        data = new DataTransfer(peer, config, sendBuffer, events, rto);
        heartbeats.start(now);
        events.add(new SctpEvent.Connected());
    }

    private void onError(long now, ErrorChunk e) {
        for (ErrorCause cause : e.causes()) {
            if (cause.code() == ErrorCause.STALE_COOKIE && state == AssociationState.COOKIE_ECHOED) {
                state = AssociationState.COOKIE_WAIT; // section 5.2.6: start over with a fresh INIT
                peer = null;
                outbox.add(handshake.sendInit(now));
            }
        }
    }

    private void progressShutdown(long now) {
        if (data != null && !finished) {
            state = shutdown.progress(now, state, data);
        }
    }

    public void handleTimeout(long now) {
        lastNow = now;
        if (finished) {
            return;
        }
        byte[] again = handshake.onTimeout(now);
        if (again == null) {
            close("handshake timed out", true);
            return;
        }
        if (again.length > 0) {
            outbox.add(again);
        }
        if (data == null) {
            return;
        }
        if (!data.onTimeout(now)) {
            abortWith(now, "retransmission limit reached", ErrorCause.PROTOCOL_VIOLATION);
        } else if (!shutdown.onTimeout(now, state, data)) {
            abortWith(now, "shutdown timed out", ErrorCause.PROTOCOL_VIOLATION);
        } else if (state != AssociationState.ESTABLISHED) {
            heartbeats.stop(); // shutting down: T2 watches the peer now
        } else if (!heartbeats.onTimeout(now, data)) {
            abortWith(now, "peer unreachable (heartbeat)", ErrorCause.PROTOCOL_VIOLATION);
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
        progressShutdown(lastNow);
        return chunks.isEmpty() ? null : new Packet(config.localPort(), config.remotePort(), peer.peerTag(), chunks)
                .encode();
    }

    public SctpEvent pollEvent() {
        return events.poll();
    }

    /** Earliest deadline at which {@link #handleTimeout} has work, or {@link Long#MAX_VALUE}. */
    public long pollTimeout() {
        if (finished) {
            return Long.MAX_VALUE;
        }
        long t = Math.min(handshake.deadline(), Math.min(shutdown.deadline(), heartbeats.deadline()));
        return data == null ? t : Math.min(t, data.deadline());
    }

    /**
     * Queues one user message. Allowed from construction until shutdown()/abort(); data flows once
     * established. SCTP cannot carry empty messages (DCEP sends one byte with PPID 56/57).
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
     * on it; the peer sees {@link SctpEvent.StreamReset}. Ignored before the association is established.
     */
    public void resetStream(long now, int streamId) {
        lastNow = now;
        if (!finished && data != null) {
            sendBuffer.holdForReset(streamId);
            data.resets.request(streamId);
        }
    }

    /** Graceful close (RFC 9260 section 9.2) once everything queued has been acknowledged. */
    public void shutdown(long now) {
        lastNow = now;
        if (finished) {
            return;
        }
        if (state == AssociationState.ESTABLISHED) {
            state = AssociationState.SHUTDOWN_PENDING;
            progressShutdown(now);
        } else if (!state.established()) {
            close("shut down before established", false);
        }
    }

    /** Sends ABORT with "User-Initiated Abort" and closes at once (RFC 9260 section 9.1). */
    public void abort(long now) {
        lastNow = now;
        if (!finished) {
            abortWith(now, "local abort", ErrorCause.USER_INITIATED_ABORT);
        }
    }

    /** Whether the peer negotiated FORWARD TSN, i.e. partially reliable messages are honoured. */
    public boolean peerSupportsPartialReliability() {
        return peer != null && peer.forwardTsn();
    }

    private void abortWith(long now, String reason, int code) {
        if (peer != null) {
            outbox.add(packet(new AbortChunk(false, List.of(ErrorCause.text(code, reason)))));
        }
        close(reason, true);
    }

    private void close(String reason, boolean aborted) {
        finished = true;
        state = AssociationState.CLOSED;
        handshake.stop();
        shutdown.stop();
        heartbeats.stop();
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
