package dev.peerdesk.e2e.session;

import java.awt.Color;
import java.awt.Frame;
import java.awt.Graphics;
import java.awt.Toolkit;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * The X application on the host's display: fills the screen with a known pattern (four coloured
 * quadrants, a band whose colour stdin can change) and prints every input it receives, so a test
 * can compare the viewer's canvas and the input that arrived. Started as its own process.
 *
 * <p>stdin: {@code band RRGGBB}. stdout: {@code ready}, {@code painted RRGGBB}, {@code typed C},
 * {@code click X Y BUTTON}.
 */
public final class PatternApp {
    static final int TOP_LEFT = 0xd03030;
    static final int TOP_RIGHT = 0x30b050;
    static final int BOTTOM_LEFT = 0x3050d0;
    static final int BOTTOM_RIGHT = 0xf0f0f0;

    private static volatile int band = 0x202020;

    public static void main(String[] args) throws Exception {
        Frame f = new Frame("peerdesk pattern") {
            @Override
            public void paint(Graphics g) {
                int w = getWidth();
                int h = getHeight();
                g.setColor(new Color(TOP_LEFT));
                g.fillRect(0, 0, w / 2, h / 2);
                g.setColor(new Color(TOP_RIGHT));
                g.fillRect(w / 2, 0, w - w / 2, h / 2);
                g.setColor(new Color(BOTTOM_LEFT));
                g.fillRect(0, h / 2, w / 2, h - h / 2);
                g.setColor(new Color(BOTTOM_RIGHT));
                g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
                g.setColor(new Color(band));
                g.fillRect(0, h / 2 - 20, w, 40);
                Toolkit.getDefaultToolkit().sync();
                System.out.println("painted " + String.format("%06x", band) + " at " + System.currentTimeMillis());
            }
        };
        f.setUndecorated(true);
        f.setBounds(0, 0, Toolkit.getDefaultToolkit().getScreenSize().width,
                Toolkit.getDefaultToolkit().getScreenSize().height);
        f.addKeyListener(new KeyAdapter() {
            @Override
            public void keyTyped(KeyEvent e) {
                System.out.println("typed " + e.getKeyChar());
            }
        });
        f.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                f.requestFocus();
                System.out.println("click " + e.getX() + " " + e.getY() + " " + e.getButton());
            }
        });
        f.setVisible(true);
        f.requestFocus();
        System.out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("band ")) {
                band = Integer.parseInt(line.substring(5).trim(), 16);
                f.repaint();
            }
        }
        System.exit(0);
    }
}
