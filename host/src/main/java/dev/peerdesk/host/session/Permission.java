package dev.peerdesk.host.session;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a session may do. View-only is the role {@code {VIEW}}. */
public enum Permission {
    VIEW, CONTROL, CLIPBOARD, FILES;

    public static final Set<Permission> ALL = EnumSet.allOf(Permission.class);
    public static final Set<Permission> VIEW_ONLY = EnumSet.of(VIEW);

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code --permissions view,control,clipboard,files}. */
    public static Set<Permission> parseList(String s) {
        EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
        for (String part : s.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Permission.valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--permissions: unknown permission '" + part.trim()
                        + "' (known: view, control, clipboard, files)");
            }
        }
        if (!out.isEmpty() && !out.contains(VIEW)) {
            // Control or files without seeing the screen is not a mode anyone means to set up.
            throw new IllegalArgumentException("--permissions: every session needs 'view'");
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--permissions: empty list");
        }
        return out;
    }
}
