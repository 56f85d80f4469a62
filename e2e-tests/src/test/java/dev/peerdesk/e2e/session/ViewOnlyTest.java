package dev.peerdesk.e2e.session;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** Case 5: a view-only host shows its screen; the person's input never reaches the X application. */
class ViewOnlyTest {
    @Test
    void screenShowsInputIsNotDelivered() throws Exception {
        try (Rig rig = Rig.start(false, false, "--view-only"); Browser b = new Browser()) {
            SessionTest.connected(b, rig.server.url(), rig.desk);
            SessionTest.showsPattern(b, 0x202020);
            int from = rig.desk.app.lineCount();
            var canvas = b.driver.findElement(By.id("screen"));
            new Actions(b.driver).moveToElement(canvas).click().perform();
            canvas.sendKeys("nope");
            // A screen change sent after the input has reached the canvas: the input had its chance.
            rig.desk.app.write("band 4488cc");
            SessionTest.showsPattern(b, 0x4488cc);
            List<String> got = rig.desk.app.linesFrom(from).stream()
                    .filter(l -> l.startsWith("typed") || l.startsWith("click")).toList();
            assertEquals(List.of(), got);
        }
    }
}
