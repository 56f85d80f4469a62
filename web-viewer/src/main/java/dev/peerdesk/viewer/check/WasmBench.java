package dev.peerdesk.viewer.check;

/**
 * Entry point of the WebAssembly GC build (only with -Pbench): the same browser figures as the
 * JS build, plus SRP handshakes on TeaVM's own BigInteger, which WasmGC makes fast enough to loop.
 */
public final class WasmBench {
    private WasmBench() {}

    public static void main(String[] args) {
        try {
            String[] p = Page.http("GET", "/params", null).split("\n");
            BrowserBench.run(p, Math.max(2, Integer.parseInt(p[5])), false);
        } catch (Throwable t) {
            Page.report("data-error", String.valueOf(t.getMessage() != null ? t.getMessage() : t));
            Page.report("data-state", "failed");
        }
    }
}
