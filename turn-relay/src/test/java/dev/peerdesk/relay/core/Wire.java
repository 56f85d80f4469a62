package dev.peerdesk.relay.core;

import dev.peerdesk.relay.stun.AttributeTypes;
import dev.peerdesk.relay.stun.Integrity;
import dev.peerdesk.relay.stun.Messages;
import dev.peerdesk.relay.stun.StunFrame;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ice4j.attribute.Attribute;
import org.ice4j.attribute.AttributeFactory;
import org.ice4j.attribute.ErrorCodeAttribute;
import org.ice4j.attribute.NonceAttribute;

/** Builds client requests as raw bytes and reads responses, for the core's table tests. */
final class Wire {
    private Wire() {
    }

    /** A STUN message of the given type with these attributes, then MI (when key) and FINGERPRINT. */
    static byte[] message(int type, byte[] tid, List<?> attrs, byte[] key, boolean fingerprint) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object a : attrs) {
            byte[] e = a instanceof byte[] raw ? raw : ((Attribute) a).encode();
            int padded = (e.length + 3) & ~3;
            body.write(e, 0, e.length);
            body.write(new byte[padded - e.length], 0, padded - e.length);
        }
        byte[] b = body.toByteArray();
        byte[] m = new byte[20 + b.length];
        m[0] = (byte) (type >> 8);
        m[1] = (byte) type;
        m[2] = (byte) (b.length >> 8);
        m[3] = (byte) b.length;
        m[4] = 0x21;
        m[5] = 0x12;
        m[6] = (byte) 0xA4;
        m[7] = 0x42;
        System.arraycopy(tid, 0, m, 8, 12);
        System.arraycopy(b, 0, m, 20, b.length);
        return new Integrity().seal(m, key, fingerprint);
    }

    static byte[] request(int method, byte[] tid, List<?> attrs, byte[] key) {
        return message(Messages.typeOf(method, 0), tid, attrs, key, false);
    }

    static List<Attribute> credentials(String user, String realm, String nonce) {
        return List.of(AttributeFactory.createUsernameAttribute(user),
                AttributeFactory.createRealmAttribute(realm.getBytes(StandardCharsets.UTF_8)),
                AttributeFactory.createNonceAttribute(nonce.getBytes(StandardCharsets.UTF_8)));
    }

    static Attribute peer(InetSocketAddress peer, byte[] tid) {
        return AttributeFactory.createXorPeerAddressAttribute(Messages.address(peer), tid);
    }

    /** A raw attribute: type, length, value (padding added by {@link #message}). */
    static byte[] raw(int type, byte... value) {
        byte[] b = new byte[4 + value.length];
        b[0] = (byte) (type >> 8);
        b[1] = (byte) type;
        b[2] = (byte) (value.length >> 8);
        b[3] = (byte) value.length;
        System.arraycopy(value, 0, b, 4, value.length);
        return b;
    }

    static StunFrame parse(byte[] b) {
        try {
            return StunFrame.parse(b, 0, b.length);
        } catch (Exception e) {
            throw new AssertionError("server sent a malformed message", e);
        }
    }

    /** The ERROR-CODE of a response, or 0 for a success response. */
    static int errorCode(StunFrame f) throws Exception {
        ErrorCodeAttribute e = (ErrorCodeAttribute) f.first(AttributeTypes.ERROR_CODE);
        return e == null ? 0 : e.getErrorClass() * 100 + e.getErrorNumber();
    }

    static String nonce(StunFrame f) throws Exception {
        return new String(((NonceAttribute) f.first(AttributeTypes.NONCE)).getNonce(), StandardCharsets.US_ASCII);
    }
}
