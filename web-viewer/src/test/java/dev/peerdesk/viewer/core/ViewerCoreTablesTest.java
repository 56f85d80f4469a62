package dev.peerdesk.viewer.core;

import static org.junit.jupiter.api.Assertions.*;

import dev.peerdesk.protocol.message.ErrorCode;
import org.junit.jupiter.api.Test;

class ViewerCoreTablesTest {
    @Test
    void keysyms() {
        assertEquals('a', KeyMap.keysym("KeyA", "a"));
        assertEquals('A', KeyMap.keysym("KeyA", "A"));
        assertEquals(0xe9, KeyMap.keysym("Digit2", "\u00e9"));
        assertEquals(0x010020ac, KeyMap.keysym("KeyE", "\u20ac"));
        assertEquals(0xff0d, KeyMap.keysym("Enter", "Enter"));
        assertEquals(0xffe1, KeyMap.keysym("ShiftLeft", "Shift"));
        assertEquals(0xffe4, KeyMap.keysym("ControlRight", "Control"));
        assertEquals(0xffc9, KeyMap.keysym("F12", "F12"));
        assertEquals(-1, KeyMap.keysym("", "Unidentified"));
        assertEquals(-1, KeyMap.keysym("KeyA", "Dead"));
    }

    @Test
    void releaseUsesThePressedKeysym() {
        KeyMap m = new KeyMap();
        assertEquals('A', m.press("KeyA", "A"));
        assertEquals('A', m.release("KeyA", "a"));
        assertEquals(-1, m.release("KeyA", "a"));
        m.press("ShiftLeft", "Shift");
        assertArrayEquals(new int[] {0xffe1}, m.releaseAll());
    }

    @Test
    void fingerprintFromSdp() {
        String sdp = "v=0\r\na=group:BUNDLE 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
                + "a=fingerprint:SHA-256 ab:cd:EF\r\na=setup:actpass\r\n";
        assertEquals("sha-256 AB:CD:EF", Sdp.fingerprint(sdp));
        assertThrows(IllegalArgumentException.class, () -> Sdp.fingerprint("v=0\r\n"));
        assertThrows(IllegalArgumentException.class,
                () -> Sdp.fingerprint("a=fingerprint:sha-256 AA\r\na=fingerprint:sha-256 BB\r\n"));
    }

    @Test
    void waitsInWords() {
        assertEquals("in 2 seconds", Words.waitWords(2_000, 0));
        assertEquals("in about 4 minutes", Words.waitWords(240_000, 0));
        assertEquals("in about 17 hours", Words.waitWords(17 * 3_600_000L, 0));
        assertEquals("now", Words.waitWords(0, 5));
        assertTrue(Words.signaling("backoff", 60_000, 0).contains("in 60 seconds"));
        assertTrue(Words.handshake(ErrorCode.POSSIBLE_INTERCEPTION, 0, 0).contains("may be intercepted"));
        assertTrue(Words.handshake(ErrorCode.AUTHENTICATION_FAILED, 0, 0).startsWith("Wrong password"));
    }

    @Test
    void overlappingCopyIsAMemmove() {
        FrameBuffer fb = new FrameBuffer(new FrameBuffer.Listener() {
            @Override public void resized(int w, int h) {}
            @Override public void frameComplete(long id) {}
            @Override public void cursor(int x, int y, boolean v) {}
        });
        fb.frameStart(1, 3, 3);
        fb.takeDirty();
        for (int y = 0; y < 3; y++) {
            fb.fill(0, y, 3, 1, y + 1);
        }
        fb.copy(0, 0, 0, 1, 3, 2); // scroll down by one row
        assertEquals(1, fb.rgb(0, 0));
        assertEquals(1, fb.rgb(0, 1));
        assertEquals(2, fb.rgb(2, 2));
        fb.copy(0, 1, 0, 0, 3, 2); // and up again
        assertEquals(1, fb.rgb(0, 0));
        assertEquals(2, fb.rgb(0, 1));
        assertArrayEquals(new int[] {0, 0, 3, 3}, fb.takeDirty());
        assertNull(fb.takeDirty());
    }
}
