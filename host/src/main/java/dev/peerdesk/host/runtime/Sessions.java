package dev.peerdesk.host.runtime;

import dev.peerdesk.host.audit.AuditLog;
import dev.peerdesk.host.auth.PasswordPolicy;
import dev.peerdesk.host.config.DataDir;
import dev.peerdesk.host.signal.HostIdentity;
import dev.peerdesk.host.signal.SignalEvent;
import dev.peerdesk.host.signal.SignalingClient;
import java.io.PrintStream;
import java.security.SecureRandom;

/**
 * The host's sessions, driven by signaling events. This first version answers every connect
 * request with a reject (the WebRTC session runtime is not wired yet), so a viewer hears a clear
 * refusal instead of waiting for the request to expire.
 */
public final class Sessions {
    private final PasswordPolicy policy;
    private final SignalingClient client;
    private final PrintStream out;

    Sessions(HostConfig config, DataDir dir, AuditLog audit, PasswordPolicy policy, HostIdentity identity,
            SignalingClient client, PrintStream out, SecureRandom random) {
        this.policy = policy;
        this.client = client;
        this.out = out;
    }

    /** Prints the current one-time password (on the signaling thread or at start). */
    synchronized void printPassword() {
        out.println("One-time password: " + policy.oneTimePassword());
    }

    /** The current one-time password, for tests and for a future tray UI. */
    public synchronized String oneTimePassword() {
        return policy.oneTimePassword();
    }

    void onSignal(SignalEvent ev) {
        if (ev instanceof SignalEvent.ConnectRequest r) {
            client.withCore(c -> c.reject(r.session(), "this host build cannot run sessions yet"));
        } else if (ev instanceof SignalEvent.ServerError e) {
            out.println("signaling: server says " + e.code() + ": " + e.message());
        }
    }

    void close() {
        // no sessions yet
    }
}
