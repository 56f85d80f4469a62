package dev.peerdesk.viewer.app;

import dev.peerdesk.protocol.envelope.Base64Url;
import dev.peerdesk.protocol.message.KeyEvent;
import dev.peerdesk.protocol.message.MonitorChoice;
import dev.peerdesk.protocol.message.PointerEvent;
import dev.peerdesk.protocol.message.WheelEvent;
import dev.peerdesk.protocol.srp.SrpParameters;
import dev.peerdesk.viewer.core.FrameBuffer;
import dev.peerdesk.viewer.core.KeyMap;
import dev.peerdesk.viewer.core.Stage;
import dev.peerdesk.viewer.crypto.BigIntArithmetic;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The viewer page: the ID and password form, the stages, the canvas with its toolbar and quality
 * overlay. Page state for people and tests: {@code body[data-stage]}, {@code body[data-error]},
 * {@code body[data-path]}, {@code body[data-frames]}, and "peerdesk ..." console lines.
 */
public final class ViewerApp implements Connection.Ui, FrameBuffer.Listener {
    static final String CANVAS = "screen";

    private final EventLoop loop = new EventLoop();
    private final SrpParameters params = SrpParameters.production(new BigIntArithmetic());
    private final FrameBuffer screen = new FrameBuffer(this);
    private final KeyMap keys = new KeyMap();
    private final Quality quality = new Quality();
    private final Clipboard clipboard = new Clipboard(loop, this::send, this::notice);
    private Connection connection;
    private byte[] masterKey;
    private boolean fit = true;
    private long frames;
    private double wheelX;
    private double wheelY;

    public static void main(String[] args) {
        new ViewerApp().boot();
    }

    private void boot() {
        loop.start();
        try {
            masterKey = Base64Url.decode(Dom.serverKey());
        } catch (RuntimeException e) {
            masterKey = null;
        }
        if (masterKey == null || masterKey.length != 32) {
            failed("This page was not served by a PeerDesk server (no server key in it). Open the viewer from"
                    + " your PeerDesk server's address.");
            Dom.disabled("connect", true);
            return;
        }
        String id = Dom.param("id");
        if (id != null) {
            Dom.setValue("host-id", id);
        }
        stage(Stage.IDLE);
        Dom.on("connect-form", "submit", () -> loop.post(this::connect));
        Dom.on("disconnect", "click", () -> loop.post(() -> {
            if (connection != null) {
                connection.disconnect();
            }
        }));
        Dom.on("fullscreen", "click", () -> Screen.toggleFullscreen("viewer"));
        Dom.on("scale", "click", () -> {
            fit = !fit;
            Dom.text("scale", fit ? "1:1" : "Fit");
            Screen.layout(CANVAS, fit);
        });
        Dom.on("cad", "click", () -> loop.post(this::ctrlAltDel));
        Dom.onChange("monitor", v -> loop.post(() -> send(new MonitorChoice(Integer.parseInt(v)))));
        clipboard.install(CANVAS, this::key);
        Screen.onResize(() -> Screen.layout(CANVAS, fit));
        Screen.capture(CANVAS, (action, button, x, y) -> loop.post(() -> send(new PointerEvent(action,
                Math.min(button, PointerEvent.MAX_BUTTON), x, y))),
                (down, code, key, mods) -> loop.post(() -> key(down, code, key, mods)),
                (dx, dy, mode, x, y) -> loop.post(() -> wheel(dx, dy, mode, x, y)),
                () -> loop.post(this::releaseKeys));
        Dom.onLeave(() -> {
            if (connection != null) {
                connection.disconnect();
            }
        });
        Dom.every(1000, () -> loop.post(this::tick));
        Dom.focus("host-id");
    }

    private void connect() {
        if (connection != null && !connection.over()) {
            return;
        }
        String id = Dom.value("host-id").replaceAll("[\\s-]", "");
        String password = Dom.value("password");
        if (!id.matches("[1-9][0-9]{8}")) {
            failed("A computer's ID has 9 digits; it is shown on the computer next to its password.");
            return;
        }
        if (password.isEmpty()) {
            failed("Type the password shown on the computer.");
            return;
        }
        Dom.bodyAttr("data-error", "");
        Dom.hidden("error", true);
        Dom.hidden("notice", true);
        frames = 0;
        quality.reset();
        Dom.bodyAttr("data-connect-at", String.valueOf(Dom.now()));
        connection = new Connection(loop, this, params, masterKey, id, password, Dom.param("relay") != null,
                TunnelMode.of(Dom.param("tunnel")), screen);
        connection.start();
    }

    @Override
    public void stage(Stage stage) {
        Dom.log("stage " + stage.attribute());
        Dom.bodyAttr("data-stage", stage.attribute());
        Dom.text("status", stage.words());
        boolean live = stage == Stage.CONNECTED;
        Dom.hidden("viewer", !live);
        Dom.hidden("login", live);
        Dom.disabled("connect", stage.busy());
        clipboard.session(live);
        if (live) {
            Screen.layout(CANVAS, fit);
            Dom.focus(CANVAS);
        }
    }

    @Override
    public void failed(String words) {
        Dom.log("failed " + words);
        stage(Stage.FAILED);
        Dom.text("status", "");
        Dom.bodyAttr("data-error", words);
        Dom.text("error", words);
        Dom.hidden("error", false);
    }

    @Override
    public void notice(String words) {
        Dom.log("notice " + words);
        Dom.bodyAttr("data-notice", words);
        Dom.text("notice", words);
        Dom.hidden("notice", false);
    }

    @Override
    public void clipboard(dev.peerdesk.protocol.message.ClipboardText text) {
        clipboard.fromHost(text);
    }

    @Override
    public void resized(int width, int height) {
        Screen.resize(CANVAS, Int8Array.fromJavaArray(screen.rgba()), width, height);
        Screen.layout(CANVAS, fit);
    }

    @Override
    public void frameComplete(long frameId) {
        int[] d = screen.takeDirty();
        if (d != null) {
            Screen.paint(CANVAS, d[0], d[1], d[2], d[3]);
        }
        frames++;
        if (frames == 1) {
            Dom.log("first-frame " + frameId);
            Dom.bodyAttr("data-first-frame-at", String.valueOf(Dom.now()));
        }
        Dom.bodyAttr("data-frames", String.valueOf(frames));
        if (connection != null) {
            connection.frameShown(frameId);
        }
    }

    @Override
    public void cursor(int x, int y, boolean visible) {
        // The local pointer is the cursor; remote cursor drawing comes with the cursor overlay.
    }

    private void send(dev.peerdesk.protocol.message.Message m) {
        if (connection != null) {
            connection.input(m);
        }
    }

    private void key(boolean down, String code, String key, int mods) {
        int sym = down ? keys.press(code, key) : keys.release(code, key);
        if (sym >= 0) {
            send(new KeyEvent(down, mods, sym));
        }
    }

    private void releaseKeys() {
        for (int sym : keys.releaseAll()) {
            send(new KeyEvent(false, 0, sym));
        }
    }

    /** Wheel deltas in pixels (mode 0), lines (1) or pages (2) become whole wheel steps. */
    private void wheel(double dx, double dy, int mode, int x, int y) {
        double per = mode == 0 ? 100 : mode == 1 ? 3 : 1;
        wheelX += dx / per;
        wheelY += dy / per;
        int sx = (int) wheelX;
        int sy = (int) wheelY;
        if (sx != 0 || sy != 0) {
            wheelX -= sx;
            wheelY -= sy;
            send(new WheelEvent(Math.max(-32768, Math.min(32767, sx)), Math.max(-32768, Math.min(32767, sy)), x, y));
        }
    }

    private void ctrlAltDel() {
        int[] syms = {0xffe3, 0xffe9, 0xffff};
        for (int s : syms) {
            send(new KeyEvent(true, 0, s));
        }
        for (int i = syms.length - 1; i >= 0; i--) {
            send(new KeyEvent(false, 0, syms[i]));
        }
        Dom.focus(CANVAS);
    }

    private void tick() {
        if (connection == null || connection.over()) {
            return;
        }
        String line = quality.update(connection.pathStats(), frames, Dom.now());
        if (line != null) {
            Dom.text("overlay", line);
            Dom.bodyAttr("data-path", quality.path());
        }
    }
}
