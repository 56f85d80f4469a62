package dev.peerdesk.host.x11;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import dev.peerdesk.host.capture.Monitor;
import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;
import dev.peerdesk.host.input.KeyMapper;
import dev.peerdesk.host.input.Keysyms;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Viewer input through XTEST. Characters are typed by what they are, not by key position: the
 * injector finds the host key that produces the character and adds or lifts Shift around it as
 * needed; a character the host layout lacks is bound to a spare keycode for the keystroke.
 * Remembers what it holds down so {@link #releaseAll()} leaves no key stuck after a session.
 */
public final class X11Injector implements InputInjector {
    private static final X11.XTest XTEST = X11.XTest.INSTANCE;
    private static final NativeLong NOW = new NativeLong(0);
    private final X11Display x;
    private final X11Keyboard keyboard;
    private final Monitor monitor;
    private final Map<String, Integer> heldByCode = new HashMap<>();
    private final Set<Integer> heldButtons = new LinkedHashSet<>();
    private final ArrayDeque<Integer> spare = new ArrayDeque<>();
    private final Map<Integer, Integer> boundSpare = new HashMap<>(); // keysym -> keycode
    private final int shiftKeycode;

    public X11Injector(String displayName, Monitor monitor) throws X11Exception {
        this.x = X11Display.open(displayName);
        if (!XTEST.XTestQueryExtension(x.display, new com.sun.jna.ptr.IntByReference(),
                new com.sun.jna.ptr.IntByReference(), new com.sun.jna.ptr.IntByReference(),
                new com.sun.jna.ptr.IntByReference())) {
            x.close();
            throw new X11Exception("the X server has no XTEST extension: input cannot be injected");
        }
        this.keyboard = new X11Keyboard(x);
        this.monitor = monitor;
        this.shiftKeycode = keyboard.keycodeOf(Keysyms.SHIFT_L);
        for (int k : keyboard.spareKeycodes(8)) {
            spare.add(k);
        }
    }

    @Override
    public void inject(InputEvent e) {
        if (e instanceof InputEvent.PointerMove m) {
            XTEST.XTestFakeMotionEvent(x.display, x.screen,
                    monitor.x() + clamp(m.x(), monitor.width()), monitor.y() + clamp(m.y(), monitor.height()), NOW);
        } else if (e instanceof InputEvent.PointerButton b) {
            button(b.button(), b.pressed());
        } else if (e instanceof InputEvent.Wheel w) {
            // X has no wheel axis: each notch is a click of button 4/5 (vertical) or 6/7 (horizontal).
            click(w.dy() > 0 ? 5 : 4, Math.min(Math.abs(w.dy()), 50));
            click(w.dx() > 0 ? 7 : 6, Math.min(Math.abs(w.dx()), 50));
        } else if (e instanceof InputEvent.Key k) {
            key(k);
        } else if (e instanceof InputEvent.Special) {
            ctrlAltDel();
        }
        x.flush();
    }

    private void button(int button, boolean pressed) {
        if (button < 1 || button > 9 || button >= 4 && button <= 7) {
            return; // 4-7 are the wheel: only Wheel events may produce them
        }
        if (pressed ? heldButtons.add(button) : heldButtons.remove(button)) {
            XTEST.XTestFakeButtonEvent(x.display, button, pressed, NOW);
        }
    }

    private void click(int button, int times) {
        for (int i = 0; i < times; i++) {
            XTEST.XTestFakeButtonEvent(x.display, button, true, NOW);
            XTEST.XTestFakeButtonEvent(x.display, button, false, NOW);
        }
    }

    private void key(InputEvent.Key k) {
        if (!k.pressed()) {
            Integer keycode = heldByCode.remove(k.code());
            if (keycode != null) {
                XTEST.XTestFakeKeyEvent(x.display, keycode, false, NOW);
            }
            return;
        }
        int keysym = KeyMapper.keysym(k.code(), k.key());
        if (keysym == 0 || heldByCode.containsKey(k.code())) {
            return; // unknown key, or auto-repeat of a key we hold: X repeats by itself
        }
        boolean character = keysym < 0xfe00 || (keysym & 0xff000000) == 0x01000000;
        int keycode;
        if (!character) {
            keycode = keyboard.keycodeOf(keysym);
            if (keycode == 0) {
                return;
            }
            XTEST.XTestFakeKeyEvent(x.display, keycode, true, NOW);
        } else {
            keycode = pressCharacter(keysym);
            if (keycode == 0) {
                return;
            }
        }
        heldByCode.put(k.code(), keycode);
    }

    /** Presses a key producing {@code keysym}, adjusting Shift for just this press; returns its keycode. */
    private int pressCharacter(int keysym) {
        X11Keyboard.Location at = keyboard.find(keysym);
        if (at == null) {
            Integer bound = boundSpare.get(keysym);
            if (bound == null) {
                if (spare.isEmpty()) {
                    return 0;
                }
                bound = spare.poll();
                boundSpare.values().remove(bound);
                keyboard.bind(bound, keysym);
                boundSpare.put(keysym, bound);
                spare.add(bound); // least recently bound is reused first
            }
            at = new X11Keyboard.Location(bound, 0);
        }
        boolean shiftHeld = shiftHeld();
        boolean wantShift = at.level() == 1;
        if (wantShift != shiftHeld && shiftKeycode != 0 && !(at.level() == 0 && boundSpare.containsValue(at.keycode()))) {
            Set<Integer> shifts = shiftKeycodesHeld();
            if (wantShift) {
                XTEST.XTestFakeKeyEvent(x.display, shiftKeycode, true, NOW);
            } else {
                shifts.forEach(s -> XTEST.XTestFakeKeyEvent(x.display, s, false, NOW));
            }
            XTEST.XTestFakeKeyEvent(x.display, at.keycode(), true, NOW);
            if (wantShift) {
                XTEST.XTestFakeKeyEvent(x.display, shiftKeycode, false, NOW);
            } else {
                shifts.forEach(s -> XTEST.XTestFakeKeyEvent(x.display, s, true, NOW));
            }
        } else {
            XTEST.XTestFakeKeyEvent(x.display, at.keycode(), true, NOW);
        }
        return at.keycode();
    }

    private boolean shiftHeld() {
        return !shiftKeycodesHeld().isEmpty();
    }

    private Set<Integer> shiftKeycodesHeld() {
        Set<Integer> out = new LinkedHashSet<>();
        for (String code : new String[] {"ShiftLeft", "ShiftRight"}) {
            Integer k = heldByCode.get(code);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    private void ctrlAltDel() {
        int[] keys = {keyboard.keycodeOf(Keysyms.CONTROL_L), keyboard.keycodeOf(Keysyms.ALT_L),
            keyboard.keycodeOf(Keysyms.DELETE)};
        for (int k : keys) {
            if (k == 0) {
                return;
            }
        }
        for (int k : keys) {
            XTEST.XTestFakeKeyEvent(x.display, k, true, NOW);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            XTEST.XTestFakeKeyEvent(x.display, keys[i], false, NOW);
        }
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    @Override
    public void releaseAll() {
        for (int keycode : heldByCode.values()) {
            XTEST.XTestFakeKeyEvent(x.display, keycode, false, NOW);
        }
        heldByCode.clear();
        for (int b : heldButtons) {
            XTEST.XTestFakeButtonEvent(x.display, b, false, NOW);
        }
        heldButtons.clear();
        x.flush();
    }

    @Override
    public void close() {
        releaseAll();
        for (int keycode : boundSpare.values()) {
            keyboard.bind(keycode, 0); // give the spare keys back
        }
        x.syncAndTakeError();
        x.close();
    }
}
