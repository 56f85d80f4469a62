package dev.peerdesk.relay;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/** Picks the relayed address when none is configured. */
final class LocalAddresses {
    private LocalAddresses() {
    }

    /** The listen address itself, or for a wildcard listen the first non-loopback IPv4 address. */
    static InetAddress relayDefault(InetAddress listen) throws SocketException {
        if (!listen.isAnyLocalAddress()) {
            return listen;
        }
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                    return a;
                }
            }
        }
        return InetAddress.getLoopbackAddress();
    }
}
