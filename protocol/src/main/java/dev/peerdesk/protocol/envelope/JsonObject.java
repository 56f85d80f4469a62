package dev.peerdesk.protocol.envelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object with typed getters that turn a missing or mistyped field into a
 * {@link JsonException} naming the field, so message handlers read like the message table.
 */
public final class JsonObject {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds or replaces a field; returns this for chaining. A null value is written as JSON null. */
    public JsonObject put(String key, Object value) {
        fields.put(key, value == null ? Json.NULL : value);
        return this;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The raw value, or null when the key is absent. */
    public Object get(String key) {
        return fields.get(key);
    }

    public Set<String> keys() {
        return fields.keySet();
    }

    public String string(String key) throws JsonException {
        Object v = fields.get(key);
        if (!(v instanceof String)) {
            throw new JsonException("field '" + key + "' must be a string");
        }
        return (String) v;
    }

    /** The string, or null when the key is absent or JSON null. */
    public String optString(String key) throws JsonException {
        Object v = fields.get(key);
        return v == null || v == Json.NULL ? null : string(key);
    }

    public long longValue(String key) throws JsonException {
        Object v = fields.get(key);
        if (!(v instanceof Long)) {
            throw new JsonException("field '" + key + "' must be an integer");
        }
        return (Long) v;
    }

    public boolean bool(String key) throws JsonException {
        Object v = fields.get(key);
        if (!(v instanceof Boolean)) {
            throw new JsonException("field '" + key + "' must be true or false");
        }
        return (Boolean) v;
    }

    public JsonObject object(String key) throws JsonException {
        Object v = fields.get(key);
        if (!(v instanceof JsonObject)) {
            throw new JsonException("field '" + key + "' must be an object");
        }
        return (JsonObject) v;
    }

    public List<?> array(String key) throws JsonException {
        Object v = fields.get(key);
        if (!(v instanceof List)) {
            throw new JsonException("field '" + key + "' must be an array");
        }
        return (List<?>) v;
    }

    /** Decodes a base64url field and checks its length ({@code -1}: any length). */
    public byte[] bytes(String key, int length) throws JsonException {
        byte[] b;
        try {
            b = Base64Url.decode(string(key));
        } catch (IllegalArgumentException e) {
            throw new JsonException("field '" + key + "' is not base64url");
        }
        if (length >= 0 && b.length != length) {
            throw new JsonException("field '" + key + "' must be " + length + " bytes");
        }
        return b;
    }

    void writeTo(StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            JsonWriter.quote(sb, e.getKey());
            sb.append(':');
            JsonWriter.write(sb, e.getValue());
        }
        sb.append('}');
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        writeTo(sb);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonObject && ((JsonObject) o).fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }
}
