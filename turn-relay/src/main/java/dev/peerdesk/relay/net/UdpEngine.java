package dev.peerdesk.relay.net;

import dev.peerdesk.relay.core.FiveTuple;
import dev.peerdesk.relay.core.RelayPorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * All UDP: the client-facing listeners and the relayed sockets, on one selector thread that
 * drains each ready socket before selecting again. Also opens relayed sockets for the core.
 */
final class UdpEngine implements RelayPorts, Runnable {
    private static final int MAX_DATAGRAM = 65_536;
    private static final int BURST = 64;

    /** What a registered channel is: a listener (tuple server address) or a relayed address. */
    private record Endpoint(InetSocketAddress local, boolean relay) {
    }

    private final Selector selector;
    private final CoreDriver driver;
    private final InetAddress relayIp;
    private final int minPort;
    private final int maxPort;
    private final int socketBuffer;
    private final Map<InetSocketAddress, DatagramChannel> listeners = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, DatagramChannel> relays = new ConcurrentHashMap<>();
    private final Queue<DatagramChannel> pending = new ConcurrentLinkedQueue<>();
    // Direct buffers: the JDK would otherwise stage every datagram through a temporary one.
    private final ByteBuffer in = ByteBuffer.allocateDirect(MAX_DATAGRAM);
    private final byte[] inBytes = new byte[MAX_DATAGRAM];
    private final ByteBuffer out = ByteBuffer.allocateDirect(MAX_DATAGRAM);
    private final SplittableRandom random = new SplittableRandom();
    private volatile boolean running = true;

    UdpEngine(CoreDriver driver, InetAddress relayIp, int minPort, int maxPort, int socketBuffer) throws IOException {
        this.selector = Selector.open();
        this.driver = driver;
        this.relayIp = relayIp;
        this.minPort = minPort;
        this.maxPort = maxPort;
        this.socketBuffer = socketBuffer;
    }

    /** Binds a client-facing UDP listener; returns its bound address. */
    InetSocketAddress listen(InetSocketAddress at) throws IOException {
        DatagramChannel ch = channel();
        ch.bind(at);
        InetSocketAddress bound = (InetSocketAddress) ch.getLocalAddress();
        listeners.put(bound, ch);
        ch.register(selector, SelectionKey.OP_READ, new Endpoint(bound, false));
        return bound;
    }

    void closeListener(InetSocketAddress at) {
        DatagramChannel ch = listeners.remove(at);
        if (ch != null) {
            closeQuietly(ch);
        }
    }

    @Override
    public InetSocketAddress open(boolean evenPort) {
        int span = maxPort - minPort + 1;
        int start = random.nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = minPort + (start + i) % span;
            if (!evenPort || port % 2 == 0) {
                DatagramChannel ch = bindRelay(port);
                if (ch != null) {
                    return (InetSocketAddress) localAddress(ch);
                }
            }
        }
        return null;
    }

    @Override
    public InetSocketAddress[] openPair() {
        int span = maxPort - minPort + 1;
        int start = random.nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = minPort + (start + i) % span;
            if (port % 2 != 0 || port + 1 > maxPort) {
                continue;
            }
            DatagramChannel even = bindRelay(port);
            if (even == null) {
                continue;
            }
            DatagramChannel odd = bindRelay(port + 1);
            if (odd != null) {
                return new InetSocketAddress[] {localAddress(even), localAddress(odd)};
            }
            close(localAddress(even));
        }
        return null;
    }

    private DatagramChannel bindRelay(int port) {
        DatagramChannel ch = null;
        try {
            ch = channel();
            ch.bind(new InetSocketAddress(relayIp, port));
            relays.put(localAddress(ch), ch);
            pending.add(ch);
            selector.wakeup();
            return ch;
        } catch (IOException e) {
            if (ch != null) {
                closeQuietly(ch); // port taken: the caller tries the next one
            }
            return null;
        }
    }

    private static InetSocketAddress localAddress(DatagramChannel ch) {
        try {
            return (InetSocketAddress) ch.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("a channel bound a moment ago has an address", e);
        }
    }

    @Override
    public void close(InetSocketAddress relayed) {
        DatagramChannel ch = relays.remove(relayed);
        if (ch != null) {
            closeQuietly(ch);
        }
    }

    /** Called with the driver's lock held, so the one direct send buffer is never shared. */
    void sendFromRelay(InetSocketAddress relayed, InetSocketAddress peer, byte[] b, int off, int len) {
        send(relays.get(relayed), peer, b, off, len);
    }

    void sendFromListener(InetSocketAddress server, InetSocketAddress client, byte[] b) {
        send(listeners.get(server), client, b, 0, b.length);
    }

    private void send(DatagramChannel ch, InetSocketAddress to, byte[] b, int off, int len) {
        if (ch == null) {
            return;
        }
        try {
            out.clear();
            out.put(b, off, len).flip();
            ch.send(out, to); // a full socket buffer drops, as UDP does
        } catch (IOException e) {
            // ICMP errors (port unreachable) surface here on Linux; the datagram is lost, nothing more.
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                for (DatagramChannel ch; (ch = pending.poll()) != null;) {
                    try {
                        InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
                        ch.register(selector, SelectionKey.OP_READ, new Endpoint(local, true));
                    } catch (ClosedChannelException e) {
                        // the allocation was deleted before the loop got to it
                    }
                }
                selector.select(1000);
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (key.isValid()) {
                        drain((DatagramChannel) key.channel(), (Endpoint) key.attachment());
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (running) {
                    System.err.println("turn-relay: UDP loop: " + e);
                }
            }
        }
    }

    private void drain(DatagramChannel ch, Endpoint ep) {
        for (int i = 0; i < BURST; i++) {
            in.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) ch.receive(in);
            } catch (IOException e) {
                return; // ICMP error reported on this socket, or it was closed under us
            }
            if (from == null) {
                return;
            }
            int n = in.position();
            in.flip();
            in.get(inBytes, 0, n);
            if (ep.relay()) {
                driver.fromPeer(ep.local(), from, inBytes, 0, n);
            } else {
                driver.fromClient(new FiveTuple(FiveTuple.Protocol.UDP, ep.local(), from), inBytes, 0, n);
            }
        }
    }

    void stop() {
        running = false;
        selector.wakeup();
        listeners.values().forEach(UdpEngine::closeQuietly);
        relays.values().forEach(UdpEngine::closeQuietly);
        closeQuietly(selector);
    }

    private DatagramChannel channel() throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.SO_RCVBUF, socketBuffer);
        ch.setOption(StandardSocketOptions.SO_SNDBUF, socketBuffer);
        return ch;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
