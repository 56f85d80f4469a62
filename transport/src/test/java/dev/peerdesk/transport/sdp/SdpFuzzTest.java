package dev.peerdesk.transport.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutation fuzzing of the offer and candidate parsers: only SdpException, and stable re-parsing. */
class SdpFuzzTest {
    private static final String ALPHABET = "=: \r\n0123456789abcdefABCDEF/+-.actpassUDPTLSm";

    @Test
    void offerParserThrowsOnlySdpException() {
        List<String> corpus = List.of(Offers.CHROMIUM, Offers.INLINE);
        Random r = new Random(8866);
        int parsed = 0;
        for (int i = 0; i < 30_000; i++) {
            String s = mutate(corpus.get(r.nextInt(corpus.size())), r);
            try {
                RemoteOffer o = OfferParser.parse(s);
                parsed++;
                for (IceCandidate c : o.candidates()) {
                    assertEquals(c, IceCandidate.parse(c.sdpValue()), "candidate re-parses to itself");
                }
            } catch (SdpException expected) {
                // the only allowed outcome for bad input
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for:\n" + s, e);
            }
        }
        System.out.println("sdp fuzz: " + parsed + " mutants parsed");
    }

    @Test
    void candidateParserThrowsOnlySdpException() {
        List<String> corpus = List.of("candidate:3 1 UDP 1686052607 203.0.113.7 50001 typ srflx raddr 192.0.2.2 rport 5",
                "candidate:1 1 udp 2113937151 88e9c0c2-e9b3-482f-8b9c-324489cf86ff.local 43869 typ host generation 0");
        Random r = new Random(8839);
        for (int i = 0; i < 50_000; i++) {
            String s = mutate(corpus.get(r.nextInt(corpus.size())), r);
            try {
                IceCandidate c = IceCandidate.parse(s);
                assertEquals(c, IceCandidate.parse(c.sdpValue()));
            } catch (SdpException expected) {
                // fine
            } catch (RuntimeException e) {
                fail("unchecked " + e + " for: " + s, e);
            }
        }
    }

    private static String mutate(String base, Random r) {
        StringBuilder b = new StringBuilder(base);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.setLength(at);
                case 1 -> b.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                case 3 -> b.insert(at, (char) r.nextInt(0x3000));
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return b.toString();
    }
}
