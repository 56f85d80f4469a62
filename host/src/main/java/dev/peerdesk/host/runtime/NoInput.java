package dev.peerdesk.host.runtime;

import dev.peerdesk.host.input.InputEvent;
import dev.peerdesk.host.input.InputInjector;

/** The injector of a session without {@code control} (its guard drops input first anyway). */
enum NoInput implements InputInjector {
    INSTANCE;

    @Override
    public void inject(InputEvent event) {}

    @Override
    public void releaseAll() {}

    @Override
    public void close() {}
}
