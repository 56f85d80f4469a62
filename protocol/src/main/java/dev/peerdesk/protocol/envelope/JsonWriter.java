package dev.peerdesk.protocol.envelope;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON text. Escapes controls, {@code <}, U+2028 and U+2029 so the text is also safe to
 * embed in an HTML {@code <script>} element.
 */
final class JsonWriter {
    private JsonWriter() {}

    static void write(StringBuilder sb, Object v) {
        if (v == null || v == Json.NULL) {
            sb.append("null");
        } else if (v instanceof String) {
            quote(sb, (String) v);
        } else if (v instanceof JsonObject) {
            ((JsonObject) v).writeTo(sb);
        } else if (v instanceof Map || v instanceof List) {
            writeContainer(sb, v);
        } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            sb.append(v);
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no NaN or infinity");
            }
            sb.append(d);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static void writeContainer(StringBuilder sb, Object v) {
        if (v instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object o : (List<?>) v) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, o);
            }
            sb.append(']');
            return;
        }
        JsonObject o = new JsonObject();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            o.put((String) e.getKey(), e.getValue());
        }
        o.writeTo(sb);
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    // Escape controls and U+2028/2029 so the text is also safe inside a <script>.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        String h = Integer.toHexString(c);
                        sb.append("\\u");
                        for (int k = h.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
