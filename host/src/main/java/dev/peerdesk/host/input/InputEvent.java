package dev.peerdesk.host.input;

/**
 * Input from the viewer, already decoded from the wire. Coordinates are in the captured monitor's
 * pixels; keys carry the browser's {@code KeyboardEvent.code} (physical key) and {@code key}
 * (the character or named key it produced on the viewer's layout).
 */
public sealed interface InputEvent {
    record PointerMove(int x, int y) implements InputEvent {}

    /** Button 1 = left, 2 = middle, 3 = right (X numbering); 8/9 = back/forward. */
    record PointerButton(int button, boolean pressed) implements InputEvent {}

    /** Wheel steps (notches); positive dy scrolls down, positive dx right. */
    record Wheel(int dx, int dy) implements InputEvent {}

    record Key(String code, String key, boolean pressed) implements InputEvent {}

    /** Key combinations a browser cannot capture, sent as an explicit action. */
    record Special(Action action) implements InputEvent {}

    enum Action {
        CTRL_ALT_DEL
    }
}
