package dev.peerdesk.host.runtime;

import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;

/**
 * The session guard's injector, replaced when the viewer picks another monitor (input
 * coordinates are relative to the captured monitor). Held keys are released on a switch.
 */
final class SwitchableInjector implements InputInjector {
    private InputInjector current = NoInput.INSTANCE;

    synchronized void switchTo(InputInjector next) {
        InputInjector old = current;
        current = next;
        old.releaseAll();
        old.close();
    }

    @Override
    public synchronized void inject(InputEvent event) {
        current.inject(event);
    }

    @Override
    public synchronized void releaseAll() {
        current.releaseAll();
    }

    @Override
    public synchronized void close() {
        switchTo(NoInput.INSTANCE);
    }
}
