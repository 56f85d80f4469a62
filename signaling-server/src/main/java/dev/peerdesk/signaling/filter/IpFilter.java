package dev.peerdesk.signaling.filter;

import java.net.InetAddress;
import java.util.List;

/**
 * The IP address filter. Deny wins over allow; with an allow list, only listed sources get in;
 * without one, everyone not denied does.
 */
public final class IpFilter {
    private final List<Cidr> allow;
    private final List<Cidr> deny;

    public IpFilter(List<Cidr> allow, List<Cidr> deny) {
        this.allow = List.copyOf(allow);
        this.deny = List.copyOf(deny);
    }

    public boolean permits(InetAddress source) {
        for (Cidr c : deny) {
            if (c.contains(source)) {
                return false;
            }
        }
        if (allow.isEmpty()) {
            return true;
        }
        for (Cidr c : allow) {
            if (c.contains(source)) {
                return true;
            }
        }
        return false;
    }
}
