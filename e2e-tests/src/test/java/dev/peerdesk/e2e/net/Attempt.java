package dev.peerdesk.e2e.net;

import dev.peerdesk.e2e.session.Browser;
import dev.peerdesk.e2e.session.Desk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One connection attempt through the real viewer page in headless Chromium inside a viewer's
 * namespace: what stage it reached, how long that took from the Connect click, which candidate
 * pair Chromium selected and which ICE server URLs the page was given.
 */
record Attempt(String stage, long millis, IcePath path, boolean settled, long settleMillis, boolean tunnelled,
        List<String> iceUrls, String error) {
    /** How long checks of better pairs may go on after the stage was reached (Chromium gives up on a pair in ~10 s). */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    /**
     * Runs before the page's own scripts: keeps every RTCPeerConnection the page makes (the viewer's
     * is a local of compiled code) so the test can ask it for getStats. The page is not changed.
     */
    private static final String KEEP_PEER_CONNECTIONS = """
            (function () {
              var Native = window.RTCPeerConnection;
              if (!Native) { return; }
              window.__pdPcs = [];
              window.__pdIce = [];
              var Kept = function (config, more) {
                var pc = new Native(config, more);
                window.__pdPcs.push(pc);
                ((config && config.iceServers) || []).forEach(function (s) {
                  [].concat(s.urls || s.url || []).forEach(function (u) { window.__pdIce.push(u); });
                });
                return pc;
              };
              Kept.prototype = Native.prototype;
              window.RTCPeerConnection = Kept;
            })();
            """;

    /** Notes the first time each stage shows, against the page's clock. */
    private static final String WATCH_STAGES = """
            window.__pdStages = {};
            var body = document.body;
            new MutationObserver(function () {
              var s = body.getAttribute('data-stage');
              if (!(s in window.__pdStages)) { window.__pdStages[s] = performance.now(); }
            }).observe(body, {attributes: true, attributeFilter: ['data-stage']});
            """;

    static Attempt run(String viewerNamespace, String pageUrl, Desk desk, String wanted, Duration timeout)
            throws Exception {
        try (Browser b = new Browser(viewerNamespace)) {
            b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", KEEP_PEER_CONNECTIONS));
            b.open(pageUrl);
            b.js(WATCH_STAGES);
            b.connect(desk.id, desk.password());
            String stage;
            try {
                stage = b.await(timeout, () -> (String) b.js("var s = window.__pdStages;"
                        + " return s[arguments[0]] !== undefined ? arguments[0] : s.failed !== undefined ? 'failed' : null;",
                        wanted));
            } catch (org.openqa.selenium.TimeoutException e) {
                stage = b.body("data-stage") + " (timed out waiting for " + wanted + ")";
            }
            long millis = -1;
            if (stage.equals(wanted)) {
                Number ms = (Number) b.js("return window.__pdStages[arguments[0]] - window.__pdStages.submitting;", wanted);
                millis = Math.round(ms.doubleValue());
            }
            IcePath path = null;
            boolean settled = false;
            long settleStart = System.nanoTime();
            // The viewer's fallback when ICE finds no path: the session runs through the server's HTTPS tunnel.
            boolean tunnelled = b.consoleLines().stream().anyMatch(l -> l.startsWith("tunnel requested"));
            if (stage.equals(wanted) && !tunnelled) {
                Map<?, ?>[] last = new Map<?, ?>[1];
                try {
                    b.await(SETTLE, () -> {
                        last[0] = selectedPair(b) instanceof Map<?, ?> m ? m : last[0];
                        return last[0] != null && IcePath.settled(last[0]);
                    });
                    settled = true;
                } catch (org.openqa.selenium.TimeoutException e) {
                    // Reported as not settled, with the pair selected last.
                }
                path = last[0] == null ? null : IcePath.from(last[0]);
            }
            long settleMillis = (System.nanoTime() - settleStart) / 1_000_000;
            List<String> urls = new ArrayList<>();
            Object ice = b.js("return window.__pdIce || [];");
            if (ice instanceof List<?> l) {
                l.forEach(u -> urls.add(String.valueOf(u)));
            }
            String error = b.body("data-error");
            return new Attempt(stage, millis, path, settled, settleMillis, tunnelled, urls, error == null || error.isEmpty() ? null
                    : error + "; viewer console: " + b.consoleLines());
        }
    }

    private static Object selectedPair(Browser b) {
        return ((JavascriptExecutor) b.driver).executeAsyncScript(IcePath.READ_SELECTED_PAIR);
    }
}
