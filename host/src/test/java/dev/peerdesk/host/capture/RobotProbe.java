package dev.peerdesk.host.capture;

import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.RobotInjector;
import dev.peerdesk.host.screen.Frame;

/**
 * Runs the Robot fallback in a child JVM whose DISPLAY is the test's Xvfb (AWT reads DISPLAY
 * once per process, so the test JVM itself cannot point Robot at a private server).
 */
public final class RobotProbe {
    public static void main(String[] args) throws Exception {
        RobotCapture cap = new RobotCapture();
        Monitor m = cap.selected();
        System.out.println("MONITOR " + m.width() + " " + m.height());
        Frame f = cap.capture();
        for (int i = 0; i + 1 < args.length && !args[i].equals("input"); i += 2) {
            int x = Integer.parseInt(args[i]);
            int y = Integer.parseInt(args[i + 1]);
            System.out.printf("PIXEL %d %d %06x%n", x, y, f.rgb(x, y));
        }
        if (args.length > 0 && args[args.length - 1].equals("input")) {
            try (RobotInjector in = new RobotInjector(m)) {
                in.inject(new InputEvent.PointerMove(120, 120));
                in.inject(new InputEvent.PointerButton(3, true));
                in.inject(new InputEvent.PointerButton(3, false));
                in.inject(new InputEvent.Key("ShiftLeft", "Shift", true));
                in.inject(new InputEvent.Key("KeyZ", "Z", true));
                in.inject(new InputEvent.Key("KeyZ", "Z", false));
                in.inject(new InputEvent.Key("ShiftLeft", "Shift", false));
                in.inject(new InputEvent.Wheel(0, 1));
            }
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }
}
