package dev.peerdesk.host.input;

/**
 * Puts viewer input into the host's desktop: XTest on X11, java.awt.Robot elsewhere. Calls come
 * from one session thread; implementations need not be thread-safe.
 */
public interface InputInjector extends AutoCloseable {
    void inject(InputEvent event);

    /** Releases every key and button this injector holds down (session end, focus loss). */
    void releaseAll();

    @Override
    void close();
}
