package dev.peerdesk.viewer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TeaVM renames a {@code @JSBody}'s parameters to one-letter names (b, c, d, ...) without looking
 * at the scopes inside the script: a local or a callback parameter called {@code e} then shadows
 * the renamed {@code onMessage}, and the browser throws "e is not a function" where the source
 * looked right. This kept every host reply from reaching the viewer. One-letter identifiers are
 * therefore banned in every script.
 */
class JsBodyNamesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** The identifiers of one letter in a script, outside JS strings, member accesses and object keys. */
    static List<String> oneLetterNames(String js) {
        List<String> found = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '`') {
                quote = c;
                continue;
            }
            Matcher m = NAME.matcher(js).region(i, js.length());
            if (m.lookingAt()) {
                String w = m.group();
                boolean member = i > 0 && js.charAt(i - 1) == '.';
                boolean key = js.substring(m.end()).stripLeading().startsWith(":")
                        && !js.substring(0, i).stripTrailing().endsWith("?");
                if (w.length() == 1 && !member && !key) {
                    found.add(w + " at " + i);
                }
                i = m.end() - 1;
            } else if (Character.isDigit(c)) {
                while (i + 1 < js.length() && Character.isLetterOrDigit(js.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return found;
    }

    @Test
    void theCheckSeesTheShadowingThatBrokeTheViewer() {
        // What TeaVM made of "dc.onmessage = function(e) { onMessage(e.data); }".
        assertEquals(List.of("e at 24", "e at 29", "e at 31"), oneLetterNames("dc.onmessage = function(e) { e(e.data); }"));
        assertEquals(List.of(), oneLetterNames("var ev = {a: 1, b: 'x y z'}; ev.a = 2; return 1e3 + ev.b;"));
    }

    @Test
    void noJsBodyScriptUsesAOneLetterName() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(f);
                int at = 0;
                while ((at = src.indexOf("@JSBody", at)) >= 0) {
                    int end = src.indexOf("native", at);
                    Matcher s = STRING.matcher(src.substring(at, end));
                    while (s.find()) {
                        for (String n : oneLetterNames(s.group(1))) {
                            problems.add(f.getFileName() + ": " + n + " in \"" + s.group(1) + "\"");
                        }
                    }
                    at = end;
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
