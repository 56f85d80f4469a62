package dev.peerdesk.host.runtime;

import dev.peerdesk.host.cli.HostOptions;
import dev.peerdesk.host.session.Permission;
import dev.peerdesk.host.signal.HardwareFingerprint;
import java.net.URI;
import java.util.Set;

/**
 * What the runtime needs from the command line, plus the seams tests set: the hardware
 * fingerprint (tests simulate other computers) and the screen source.
 */
public record HostConfig(URI server, String serverKeyHex, String display, Set<Permission> permissions,
        int maxSessions, String hardwareFingerprint, ScreenSource screen) {

    public static HostConfig of(HostOptions o) {
        return new HostConfig(o.server(), o.serverKey(), o.display(), o.permissions(), o.maxSessions(),
                HardwareFingerprint.ofThisMachine(), ScreenSource.forDisplay(o.display()));
    }

    public HostConfig withHardwareFingerprint(String fp) {
        return new HostConfig(server, serverKeyHex, display, permissions, maxSessions, fp, screen);
    }

    public HostConfig withScreen(ScreenSource s) {
        return new HostConfig(server, serverKeyHex, display, permissions, maxSessions, hardwareFingerprint, s);
    }
}
