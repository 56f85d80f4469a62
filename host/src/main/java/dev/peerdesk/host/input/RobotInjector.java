package dev.peerdesk.host.input;

import dev.peerdesk.host.capture.Monitor;
import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The portable input fallback through java.awt.Robot. Robot presses keys by virtual key code,
 * so keys go by physical position ({@code KeyboardEvent.code}) on the host's layout: letters,
 * digits, punctuation, named keys and modifiers. Characters the host layout puts elsewhere may
 * come out differently; XTEST ({@code X11Injector}) does not have this limit. Tested on X11 only.
 */
public final class RobotInjector implements InputInjector {
    private final Robot robot;
    private final Monitor monitor;
    private final Map<String, Integer> held = new HashMap<>();
    private final Set<Integer> heldButtons = new HashSet<>();

    public RobotInjector(Monitor monitor) throws AWTException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new AWTException("no display (headless JVM): cannot inject input with java.awt.Robot");
        }
        this.robot = new Robot();
        this.monitor = monitor;
    }

    @Override
    public void inject(InputEvent e) {
        if (e instanceof InputEvent.PointerMove m) {
            robot.mouseMove(monitor.x() + Math.max(0, Math.min(monitor.width() - 1, m.x())),
                    monitor.y() + Math.max(0, Math.min(monitor.height() - 1, m.y())));
        } else if (e instanceof InputEvent.PointerButton b) {
            int mask = b.button() == 1 ? java.awt.event.InputEvent.BUTTON1_DOWN_MASK
                    : b.button() == 2 ? java.awt.event.InputEvent.BUTTON2_DOWN_MASK
                    : b.button() == 3 ? java.awt.event.InputEvent.BUTTON3_DOWN_MASK : 0;
            if (mask != 0 && (b.pressed() ? heldButtons.add(mask) : heldButtons.remove(mask))) {
                if (b.pressed()) {
                    robot.mousePress(mask);
                } else {
                    robot.mouseRelease(mask);
                }
            }
        } else if (e instanceof InputEvent.Wheel w) {
            if (w.dy() != 0) {
                robot.mouseWheel(Math.max(-50, Math.min(50, w.dy())));
            }
        } else if (e instanceof InputEvent.Key k) {
            if (!k.pressed()) {
                Integer vk = held.remove(k.code());
                if (vk != null) {
                    robot.keyRelease(vk);
                }
                return;
            }
            int vk = RobotKeys.virtualKey(k.code(), k.key());
            if (vk != KeyEvent.VK_UNDEFINED && !held.containsKey(k.code())) {
                try {
                    robot.keyPress(vk);
                    held.put(k.code(), vk);
                } catch (IllegalArgumentException noSuchKey) {
                    // this keyboard has no such key: drop it, as a real keyboard would
                }
            }
        } else if (e instanceof InputEvent.Special) {
            robot.keyPress(KeyEvent.VK_CONTROL);
            robot.keyPress(KeyEvent.VK_ALT);
            robot.keyPress(KeyEvent.VK_DELETE);
            robot.keyRelease(KeyEvent.VK_DELETE);
            robot.keyRelease(KeyEvent.VK_ALT);
            robot.keyRelease(KeyEvent.VK_CONTROL);
        }
    }

    @Override
    public void releaseAll() {
        held.values().forEach(robot::keyRelease);
        held.clear();
        heldButtons.forEach(robot::mouseRelease);
        heldButtons.clear();
    }

    @Override
    public void close() {
        releaseAll();
    }
}
