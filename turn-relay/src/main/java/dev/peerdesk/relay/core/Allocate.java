package dev.peerdesk.relay.core;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFormatException;
import dev.peerdesk.relay.stun.StunFrame;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.LifetimeAttribute;
import org.ice4j.attribute.ReservationTokenAttribute;
import org.ice4j.message.Response;

/** The Allocate request (RFC 8656 section 7.2), after authentication. */
final class Allocate {
    private static final int UDP = 17;

    private Allocate() {
    }

    static void run(TurnCore core, long now, FiveTuple from, StunFrame f, String username, Allocation existing,
            Requests.Reply reply) throws StunFormatException {
        if (existing != null) {
            if (Arrays.equals(existing.allocateTransactionId, f.transactionId()) && existing.allocateResponse != null) {
                // A retransmission of the request that made this allocation: same answer again.
                core.send(from, existing.allocateResponse);
            } else {
                reply.error(437, "Allocation Mismatch");
            }
            return;
        }
        Integer transport = Requests.transport(f);
        if (transport == null) {
            reply.error(400, "Missing REQUESTED-TRANSPORT");
            return;
        }
        if (transport != UDP) {
            reply.error(442, "Unsupported Transport Protocol");
            return;
        }
        int even = f.evenPort();
        byte[] token = tokenOf(f);
        if (token != null && even >= 0) {
            reply.error(400, "Bad Request"); // RFC 8656 section 7.2: not both
            return;
        }
        if (f.requestedFamily() == 2) {
            reply.error(440, "Address Family not Supported");
            return;
        }
        int quota = core.policy.maxAllocationsPerUser();
        if (quota > 0 && core.perUser.getOrDefault(username, 0) >= quota) {
            reply.error(486, "Allocation Quota Reached");
            return;
        }
        InetSocketAddress relayed;
        byte[] newToken = null;
        if (token != null) {
            relayed = core.reservations.take(token, now);
        } else if (even == 1) {
            InetSocketAddress[] pair = core.ports.openPair();
            relayed = pair == null ? null : pair[0];
            if (pair != null) {
                newToken = core.reservations.hold(pair[1], now);
                core.schedule(now + Reservations.HOLD);
            }
        } else {
            relayed = core.ports.open(even == 0);
        }
        if (relayed == null) {
            reply.error(508, "Insufficient Capacity");
            return;
        }
        long lifetime = lifetime(core.policy, (LifetimeAttribute) f.first(AttributeTypes.LIFETIME));
        if (lifetime == 0) {
            lifetime = core.policy.defaultLifetime();
        }
        long bps = core.policy.maxBytesPerSecond();
        Allocation a = new Allocation(from, relayed, username, f.transactionId(), now + lifetime,
                bps > 0 ? new RateLimiter(bps, now) : null);
        core.byClient.put(from, a);
        core.byRelay.put(relayed, a);
        core.perUser.merge(username, 1, Integer::sum);
        core.counters.allocationsCreated++;
        core.counters.allocationsActive++;
        core.schedule(a.expiresAt);
        byte[] tid = f.transactionId();
        Response r = reply.success();
        r.putAttribute(AttributeFactory.createXorRelayedAddressAttribute(Messages.address(relayed), tid));
        r.putAttribute(AttributeFactory.createLifetimeAttribute((int) (lifetime / 1000)));
        r.putAttribute(AttributeFactory.createXorMappedAddressAttribute(Messages.address(from.client()), tid));
        if (newToken != null) {
            ReservationTokenAttribute t = ReservationTokenAttribute.createNewReservationTokenAttribute();
            t.setReservationToken(newToken);
            r.putAttribute(t);
        }
        reply.keep = a;
    }

    private static byte[] tokenOf(StunFrame f) {
        int at = f.valueOffset(AttributeTypes.RESERVATION_TOKEN);
        return at < 0 ? null : Arrays.copyOfRange(f.rawBuffer(), at, at + 8);
    }

    /**
     * The granted lifetime (RFC 8656 sections 7.2 and 7.3): zero when asked for zero, otherwise
     * the request capped at the maximum but never below the default.
     */
    static long lifetime(TurnPolicy policy, LifetimeAttribute requested) {
        if (requested == null) {
            return policy.defaultLifetime();
        }
        long asked = (requested.getLifetime() & 0xFFFFFFFFL) * 1000;
        if (asked == 0) {
            return 0;
        }
        return Math.max(policy.defaultLifetime(), Math.min(asked, policy.maxLifetime()));
    }
}
