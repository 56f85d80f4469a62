package dev.peerdesk.relay.core;

/** What the relay has done since start; read by the metrics endpoint and the periodic log line. */
public final class Counters {
    long allocationsCreated;
    long allocationsActive;
    long requests;
    long authFailures;
    long errorResponses;
    long packetsToPeers;
    long packetsToClients;
    long bytesToPeers;
    long bytesToClients;
    long dropped;
    long malformed;

    public record Snapshot(long allocationsActive, long allocationsCreated, long requests, long authFailures,
            long errorResponses, long packetsToPeers, long packetsToClients, long bytesToPeers,
            long bytesToClients, long dropped, long malformed) {

        public String line() {
            return "allocations=" + allocationsActive + " created=" + allocationsCreated + " requests=" + requests
                    + " auth_failures=" + authFailures + " errors=" + errorResponses
                    + " to_peers=" + packetsToPeers + "/" + bytesToPeers + "B"
                    + " to_clients=" + packetsToClients + "/" + bytesToClients + "B"
                    + " dropped=" + dropped + " malformed=" + malformed;
        }

        /** Prometheus text exposition. */
        public String prometheus() {
            return "peerdesk_relay_allocations " + allocationsActive + "\n"
                    + "peerdesk_relay_allocations_created_total " + allocationsCreated + "\n"
                    + "peerdesk_relay_requests_total " + requests + "\n"
                    + "peerdesk_relay_auth_failures_total " + authFailures + "\n"
                    + "peerdesk_relay_error_responses_total " + errorResponses + "\n"
                    + "peerdesk_relay_packets_total{direction=\"to_peer\"} " + packetsToPeers + "\n"
                    + "peerdesk_relay_packets_total{direction=\"to_client\"} " + packetsToClients + "\n"
                    + "peerdesk_relay_bytes_total{direction=\"to_peer\"} " + bytesToPeers + "\n"
                    + "peerdesk_relay_bytes_total{direction=\"to_client\"} " + bytesToClients + "\n"
                    + "peerdesk_relay_dropped_total " + dropped + "\n"
                    + "peerdesk_relay_malformed_total " + malformed + "\n";
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(allocationsActive, allocationsCreated, requests, authFailures, errorResponses,
                packetsToPeers, packetsToClients, bytesToPeers, bytesToClients, dropped, malformed);
    }
}
