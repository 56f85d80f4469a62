package dev.peerdesk.transport.ice;

/**
 * ice4j reads its settings once from Typesafe Config, which layers JVM system properties on top. We set
 * the few that matter before ice4j's first use, unless the operator set them already.
 */
final class Ice4jDefaults {
    private static boolean applied;

    private Ice4jDefaults() {
    }

    static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        // the AWS harvester probes 169.254.169.254 on every start: a host is not an EC2 instance
        setIfAbsent("ice4j.harvest.mapping.aws.enabled", "false");
        // link-local IPv6 host candidates never work between a browser and a host, they only add checks
        setIfAbsent("ice4j.harvest.use-link-local-addresses", "false");
        // RFC 7675 section 5.1: a consent check every 5 s (randomized), not ice4j's 15 s
        setIfAbsent("ice4j.consent-freshness.interval", "5 seconds");
        setIfAbsent("ice4j.software", "");
        // stay in COMPLETED instead of TERMINATED: Chromium may nominate a better pair minutes later
        // (e.g. IPv6 once validated) and a terminated ice4j agent ignores that, leaving the peer on a
        // pair we no longer serve
        setIfAbsent("ice4j.ice.termination-delay", "3650 days");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
