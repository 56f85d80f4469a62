package dev.peerdesk.transport.dcep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peerdesk.transport.netem.Harness;
import dev.peerdesk.transport.netem.NetEm;
import dev.peerdesk.transport.sctp.SendOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataChannelsTest {
    private final ChannelPeer client = new ChannelPeer(1, true);
    private final ChannelPeer server = new ChannelPeer(2, false);
    private final Harness h = new Harness(client, server, new NetEm(3, NetEm.Link.LOSSY));

    private void connect() throws Exception {
        client.channels.connect(0);
        server.channels.connect(0);
        h.runUntil(() -> !client.all(DataChannelEvent.Connected.class).isEmpty()
                && !server.all(DataChannelEvent.Connected.class).isEmpty(), 100_000);
    }

    private DataChannel remoteChannel(ChannelPeer peer, String label) {
        return peer.all(DataChannelEvent.ChannelOpen.class).stream().filter(o -> o.remote() && o.channel().label().equals(label))
                .findFirst().orElseThrow().channel();
    }

    private List<DataChannelEvent.Message> messages(ChannelPeer peer, DataChannel on) {
        return peer.all(DataChannelEvent.Message.class).stream().filter(m -> m.channel().streamId() == on.streamId()).toList();
    }

    @Test
    void rfc8832_openIsAcknowledgedAndDescribesTheChannel() throws Exception {
        connect();
        DataChannel c = client.channels.open(h.now(), "control", true, SendOptions.RELIABLE, "peerdesk/1");
        DataChannel u = client.channels.open(h.now(), "pointer", false, SendOptions.maxRetransmits(0), "");
        DataChannel t = server.channels.open(h.now(), "timed", true, SendOptions.maxPacketLifeTime(300), "x");
        h.runUntil(() -> server.all(DataChannelEvent.ChannelOpen.class).size() == 3
                && client.all(DataChannelEvent.ChannelOpen.class).size() == 3, 100_000);
        assertEquals(0, c.streamId() % 2, "DTLS client uses even stream ids");
        assertEquals(1, t.streamId() % 2, "DTLS server uses odd stream ids");
        DataChannel rc = remoteChannel(server, "control");
        assertEquals("peerdesk/1", rc.protocol());
        assertTrue(rc.ordered());
        assertTrue(rc.options().reliable());
        DataChannel ru = remoteChannel(server, "pointer");
        assertFalse(ru.ordered());
        assertEquals(0, ru.options().maxRetransmits());
        DataChannel rt = remoteChannel(client, "timed");
        assertEquals(300, rt.options().maxPacketLifeTimeMillis());
        assertEquals(DataChannel.State.OPEN, c.state());
        assertEquals(DataChannel.State.OPEN, rt.state());
        assertEquals(u.streamId(), ru.streamId());
    }

    @Test
    void rfc8831_textBinaryAndEmptyMessagesKeepTheirKind() throws Exception {
        connect();
        DataChannel c = client.channels.open(h.now(), "data", true, SendOptions.RELIABLE, "");
        c.send(h.now(), "héllo");
        c.send(h.now(), "");
        c.send(h.now(), new byte[] {1, 2, 3});
        c.send(h.now(), new byte[0]);
        h.runUntil(() -> server.all(DataChannelEvent.Message.class).size() == 4, 100_000);
        DataChannel rc = remoteChannel(server, "data");
        List<DataChannelEvent.Message> got = messages(server, rc);
        assertEquals("héllo", got.get(0).text());
        assertFalse(got.get(0).binary());
        assertEquals(0, got.get(1).data().length);
        assertFalse(got.get(1).binary());
        assertArrayEquals(new byte[] {1, 2, 3}, got.get(2).data());
        assertTrue(got.get(2).binary());
        assertEquals(0, got.get(3).data().length);
        assertTrue(got.get(3).binary());
        rc.send(h.now(), "back");
        h.runUntil(() -> client.all(DataChannelEvent.Message.class).size() == 1, 100_000);
        assertEquals("back", client.all(DataChannelEvent.Message.class).get(0).text());
    }

    @Test
    void rfc8831_closeFromEitherSideIsSeenByBoth() throws Exception {
        connect();
        DataChannel a = client.channels.open(h.now(), "a", true, SendOptions.RELIABLE, "");
        DataChannel b = client.channels.open(h.now(), "b", true, SendOptions.RELIABLE, "");
        h.runUntil(() -> server.all(DataChannelEvent.ChannelOpen.class).size() == 2, 100_000);
        a.close(h.now());
        assertThrows(IllegalStateException.class, () -> a.send(h.now(), "late"));
        h.runUntil(() -> server.all(DataChannelEvent.ChannelClosed.class).size() == 1
                && client.all(DataChannelEvent.ChannelClosed.class).size() == 1, 100_000);
        assertEquals(DataChannel.State.CLOSED, a.state());
        remoteChannel(server, "b").close(h.now());
        h.runUntil(() -> server.all(DataChannelEvent.ChannelClosed.class).size() == 2
                && client.all(DataChannelEvent.ChannelClosed.class).size() == 2, 100_000);
        assertEquals(DataChannel.State.CLOSED, b.state());
        DataChannel again = client.channels.open(h.now(), "again", true, SendOptions.RELIABLE, "");
        again.send(h.now(), "reused stream id");
        h.runUntil(() -> server.all(DataChannelEvent.Message.class).size() == 1, 100_000);
        assertEquals("reused stream id", server.all(DataChannelEvent.Message.class).get(0).text());
    }

    @Test
    void bufferedAmountLowIsRaisedPerChannel() throws Exception {
        connect();
        DataChannel c = client.channels.open(h.now(), "bulk", true, SendOptions.RELIABLE, "");
        c.setBufferedAmountLowThreshold(64 * 1024);
        for (int i = 0; i < 20; i++) {
            c.send(h.now(), new byte[50_000]);
        }
        assertTrue(c.bufferedAmount() > 64 * 1024);
        h.runUntil(() -> !client.all(DataChannelEvent.BufferedAmountLow.class).isEmpty(), 1_000_000);
        assertEquals(c, client.all(DataChannelEvent.BufferedAmountLow.class).get(0).channel());
        assertTrue(c.bufferedAmount() <= 64 * 1024);
    }

    @Test
    void associationAbortClosesEveryChannel() throws Exception {
        connect();
        client.channels.open(h.now(), "x", true, SendOptions.RELIABLE, "");
        h.runUntil(() -> server.all(DataChannelEvent.ChannelOpen.class).size() == 1, 100_000);
        client.channels.association().abort(h.now());
        h.runUntil(() -> !server.all(DataChannelEvent.Closed.class).isEmpty(), 100_000);
        assertEquals(1, server.all(DataChannelEvent.ChannelClosed.class).size());
        assertTrue(server.all(DataChannelEvent.Closed.class).get(0).aborted());
    }
}
