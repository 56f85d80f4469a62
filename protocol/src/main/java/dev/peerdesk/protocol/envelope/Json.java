package dev.peerdesk.protocol.envelope;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict JSON (RFC 8259) for the signaling messages, shared by server, host and viewer.
 *
 * <p>Values map to {@link JsonObject}, {@link List}, {@link String}, {@link Long} (integers that
 * fit), {@link Double}, {@link Boolean} and {@link #NULL}. Stricter than the RFC where leniency
 * would let two parsers read one message differently: duplicate keys, nesting deeper than
 * {@link #MAX_DEPTH} and trailing content are errors. Hostile input can only cause a
 * {@link JsonException}; the caller bounds the text length.
 */
public final class Json {
    /** Signaling messages are at most three levels deep; this bound keeps recursion shallow. */
    public static final int MAX_DEPTH = 16;

    /** JSON {@code null}, distinct from an absent key. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value that fills the whole text. */
    public static Object parse(String text) throws JsonException {
        Json p = new Json(text);
        p.skipSpace();
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("trailing content");
        }
        return v;
    }

    /** Parses text that must be a JSON object. */
    public static JsonObject parseObject(String text) throws JsonException {
        Object v = parse(text);
        if (!(v instanceof JsonObject)) {
            throw new JsonException("not a JSON object");
        }
        return (JsonObject) v;
    }

    private Object value(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        if (pos >= text.length()) {
            throw error("value expected");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character");
        }
    }

    private JsonObject object(int depth) throws JsonException {
        pos++;
        JsonObject obj = new JsonObject();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return obj;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("key expected");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object v = value(depth + 1);
            if (obj.has(key)) {
                throw error("duplicate key");
            }
            obj.put(key, v);
            skipSpace();
            char c = next();
            if (c == '}') {
                return obj;
            }
            if (c != ',') {
                throw error("',' or '}' expected");
            }
        }
    }

    private List<Object> array(int depth) throws JsonException {
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("',' or ']' expected");
            }
        }
    }

    private String string() throws JsonException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': sb.append(hex4()); break;
                default: throw error("bad escape");
            }
        }
    }

    private char hex4() throws JsonException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(next(), 16);
            if (d < 0) {
                throw error("bad \\u escape");
            }
            v = v << 4 | d;
        }
        return (char) v;
    }

    private Object number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw error("digit expected");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            if (!digits()) {
                throw error("digit expected after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("digit expected in exponent");
            }
        }
        String s = text.substring(start, pos);
        if (integral && s.length() <= 18) {
            return Long.parseLong(s);
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw error("number out of range");
        }
        return d;
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object v) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("bad literal");
        }
        pos += word.length();
        return v;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() throws JsonException {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos++);
    }

    private void expect(char c) throws JsonException {
        if (next() != c) {
            throw error("'" + c + "' expected");
        }
    }

    private JsonException error(String what) {
        return new JsonException(what + " at offset " + pos);
    }

    /** Serializes a value tree made of the types {@link #parse} returns (plus Integer and Map). */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        JsonWriter.write(sb, value);
        return sb.toString();
    }
}
