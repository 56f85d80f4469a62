package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Case 6: the viewer forced to relay candidates (?relay=1) reaches the host through our TURN relay. */
class RelayTest {
    @Test
    void sessionWorksThroughTheRelayAndTheOverlaySaysSo() throws Exception {
        try (Rig rig = Rig.start(true, false); Browser b = new Browser()) {
            SessionTest.connected(b, rig.server.url() + "?relay=1", rig.desk);
            SessionTest.showsPattern(b, 0x202020);
            assertEquals("relay", b.await(SessionTest.WAIT, () -> {
                String p = b.body("data-path");
                return p == null || p.isEmpty() ? null : p;
            }));
            assertTrue(b.driver.findElement(org.openqa.selenium.By.id("overlay")).getText().startsWith("via relay"));
        }
    }
}
