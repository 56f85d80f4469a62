package dev.peerdesk.relay.stun;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.ice4j.StunException;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.message.Indication;
import org.ice4j.message.Message;
import org.ice4j.message.MessageFactory;
import org.ice4j.message.Response;

/** Builds and encodes outgoing STUN messages with ice4j's message and attribute classes. */
public final class Messages {
    public static final String SOFTWARE = "peerdesk-relay";

    static {
        // ice4j adds its own SOFTWARE attribute to every message it encodes (ice4j.software in its
        // config) unless told not to; ours goes on responses only, not on every Data indication.
        if (System.getProperty("ice4j.software") == null) {
            System.setProperty("ice4j.software", "");
        }
    }

    private Messages() {
    }

    /**
     * Encodes one message so ice4j loads its configuration now (a second or more on first use)
     * rather than while the first client waits for its answer.
     */
    public static void warmUp() {
        encode(error(0x003, new byte[12], 401, "Unauthorized"));
    }

    /** A success (error=false) or error response of the given method, without attributes. */
    public static Response response(int method, boolean error, byte[] transactionId) {
        Response r = MessageFactory.createChannelBindResponse();
        r.setMessageType(typeOf(method, error ? 3 : 2));
        setTransactionId(r, transactionId);
        return r;
    }

    /** An error response with ERROR-CODE (reason phrases are ours: ice4j's defaults are long). */
    public static Response error(int method, byte[] transactionId, int code, String reason) {
        Response r = response(method, true, transactionId);
        r.putAttribute(AttributeFactory.createErrorCodeAttribute((char) code, reason));
        return r;
    }

    /** A Data indication carrying {@code data} from {@code peer} (RFC 8656 section 11.4). */
    public static byte[] dataIndication(InetSocketAddress peer, byte[] data, byte[] transactionId) {
        Indication d = MessageFactory.createDataIndication(address(peer), data, transactionId);
        setTransactionId(d, transactionId);
        return encode(d);
    }

    public static TransportAddress address(InetSocketAddress a) {
        return new TransportAddress(a.getAddress(), a.getPort(), Transport.UDP);
    }

    public static Attribute text(int type, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return switch (type) {
            case AttributeTypes.REALM -> AttributeFactory.createRealmAttribute(b);
            case AttributeTypes.NONCE -> AttributeFactory.createNonceAttribute(b);
            case AttributeTypes.SOFTWARE -> AttributeFactory.createSoftwareAttribute(b);
            default -> throw new IllegalStateException("not a text attribute: " + type);
        };
    }

    /** Encodes a message that carries no MESSAGE-INTEGRITY or FINGERPRINT (see {@link Integrity#seal}). */
    public static byte[] encode(Message m) {
        try {
            return m.encode(null);
        } catch (RuntimeException e) {
            throw new IllegalStateException("ice4j could not encode " + m, e);
        }
    }

    /** The 14-bit message type of a method and class (RFC 8489 section 5). */
    public static char typeOf(int method, int messageClass) {
        int t = (method & 0x000F) | ((method & 0x0070) << 1) | ((method & 0x0F80) << 2);
        t |= ((messageClass & 1) << 4) | ((messageClass & 2) << 7);
        return (char) t;
    }

    private static void setTransactionId(Message m, byte[] transactionId) {
        try {
            m.setTransactionID(transactionId);
        } catch (StunException e) {
            throw new IllegalStateException("transaction IDs here are always 12 bytes", e);
        }
    }
}
