package dev.peerdesk.protocol.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{}|{}",
        " { \"a\" : 1 } |{\"a\":1}",
        "{\"a\":[1,-2,3.5,true,false,null,\"x\"]}|{\"a\":[1,-2,3.5,true,false,null,\"x\"]}",
        "{\"s\":\"\\u00e9\\n\\\"\\\\\\/\"}|{\"s\":\"é\\n\\\"\\\\/\"}",
        "{\"n\":0}|{\"n\":0}",
        "{\"n\":-0.5e3}|{\"n\":-500.0}",
        "{\"n\":123456789012345678}|{\"n\":123456789012345678}",
        "{\"o\":{\"p\":{}}}|{\"o\":{\"p\":{}}}",
        "{\"lt\":\"<script>\"}|{\"lt\":\"\\u003cscript>\"}",
    })
    void acceptsAndRewrites(String text, String written) throws JsonException {
        assertEquals(written, Json.write(Json.parse(text)));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "{a:1}", "{'a':1}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":tru}", "{\"a\":nul}",
        "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"\n\"}", "{\"a\":1}x", "{\"a\":1,\"a\":2}",
        "{\"a\":1e999}", "\"unterminated", "NaN", "{\"a\":+1}"})
    void rejects(String text) {
        assertThrows(JsonException.class, () -> Json.parse(text));
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);
        assertThrows(JsonException.class, () -> Json.parse(deep));
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        try {
            Json.parse(ok);
        } catch (JsonException e) {
            fail(e);
        }
    }

    @Test
    void typedGettersNameTheField() throws JsonException {
        JsonObject o = Json.parseObject("{\"s\":\"x\",\"n\":5,\"b\":true,\"z\":null,\"l\":[1]}");
        assertEquals("x", o.string("s"));
        assertEquals(5, o.longValue("n"));
        assertEquals(true, o.bool("b"));
        assertEquals(null, o.optString("z"));
        assertEquals(null, o.optString("missing"));
        assertEquals(List.of(1L), o.array("l"));
        assertSame(Json.NULL, o.get("z"));
        JsonException e = assertThrows(JsonException.class, () -> o.longValue("s"));
        assertEquals("field 's' must be an integer", e.getMessage());
        assertThrows(JsonException.class, () -> o.string("missing"));
        assertThrows(JsonException.class, () -> o.bytes("s", 3));
    }

    /** Seeded mutation fuzzing: any input either parses and round-trips or throws JsonException. */
    @Test
    void mutatedInputOnlyEverThrowsJsonException() {
        String seed = "{\"type\":\"connect\",\"id\":\"123456789\",\"n\":[1,2.5,{\"x\":null}],\"t\":true,\"s\":\"\\u0041\\n\"}";
        String alphabet = "{}[]\",:\\u0123456789.eE+-tfnrl aé\n";
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(seed);
            int edits = 1 + r.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(sb.length() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
                    default -> { if (at < sb.length()) sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length()))); }
                }
            }
            String text = sb.toString();
            try {
                Object v = Json.parse(text);
                String written = Json.write(v);
                assertEquals(written, Json.write(Json.parse(written)), "round trip of " + text);
            } catch (JsonException expected) {
                // refused cleanly
            } catch (RuntimeException e) {
                fail("unchecked " + e + " on " + text);
            }
        }
    }
}
