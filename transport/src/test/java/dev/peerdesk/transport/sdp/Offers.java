package dev.peerdesk.transport.sdp;

/** Offers as real offerers write them, for table and fuzz tests. */
final class Offers {
    private Offers() {
    }

    static final String FP = "8B:C6:C7:1E:63:63:92:45:FD:BC:FB:07:1C:85:EF:5E:FF:62:3E:6F:57:A0:8F:A6:CE:87:97:FC:62:65:F3:13";

    /** Chromium 156's createOffer() with two data channels, before any candidate (trickle). */
    static final String CHROMIUM = String.join("\r\n",
            "v=0",
            "o=- 3312618670441467700 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0",
            "a=extmap-allow-mixed",
            "a=msid-semantic: WMS",
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
            "c=IN IP4 0.0.0.0",
            "a=ice-ufrag:v55b",
            "a=ice-pwd:E/ziWCNM0+A2fIbz2BgSGFcO",
            "a=ice-options:trickle",
            "a=fingerprint:sha-256 " + FP,
            "a=setup:actpass",
            "a=mid:0",
            "a=sctp-port:5000",
            "a=max-message-size:262144",
            "");

    /** A libdatachannel-style offer: session-level credentials, inline candidates, end-of-candidates, LF only. */
    static final String INLINE = String.join("\n",
            "v=0",
            "o=rtc 123 0 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE data",
            "a=ice-ufrag:abcd",
            "a=ice-pwd:0123456789abcdefghijkl",
            "a=fingerprint:sha-256 " + FP,
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
            "c=IN IP4 0.0.0.0",
            "a=mid:data",
            "a=setup:active",
            "a=sctp-port:5001",
            "a=candidate:1 1 UDP 2122317823 127.0.0.1 50000 typ host",
            "a=candidate:2 1 UDP 1686052607 203.0.113.7 50001 typ srflx raddr 127.0.0.1 rport 50000",
            "a=end-of-candidates",
            "");
}
