package dev.peerdesk.host.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends audit events to a syslog collector: one UDP datagram each (RFC 5426), or over TCP with
 * octet counting (RFC 6587), reconnecting after a failure. A worker thread does the I/O so a slow
 * or dead collector never stalls a session; when its bounded queue is full, events are dropped
 * and counted (the JSON-lines file still has them all).
 */
public final class SyslogAuditSink implements AuditSink {
    private static final byte[] STOP = new byte[0];
    private final SyslogTarget target;
    private final String hostname;
    private final long pid = ProcessHandle.current().pid();
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(1024);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread worker;
    private DatagramSocket udp;
    private Socket tcp;

    public SyslogAuditSink(SyslogTarget target, String hostname) {
        this.target = target;
        this.hostname = hostname;
        this.worker = new Thread(this::run, "audit-syslog");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void write(AuditEvent event) {
        if (!queue.offer(Rfc5424.format(event, hostname, pid))) {
            dropped.incrementAndGet();
        }
    }

    /** Events not sent because the collector could not keep up or was unreachable. */
    public long dropped() {
        return dropped.get();
    }

    private void run() {
        try {
            for (byte[] m = queue.take(); m != STOP; m = queue.take()) {
                try {
                    send(m);
                } catch (IOException first) {
                    closeSockets();
                    try {
                        send(m); // one reconnect: a collector restart should not lose the event
                    } catch (IOException second) {
                        closeSockets();
                        dropped.incrementAndGet();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSockets();
        }
    }

    private void send(byte[] m) throws IOException {
        InetSocketAddress to = new InetSocketAddress(target.host(), target.port());
        if (to.isUnresolved()) {
            throw new IOException("cannot resolve " + target.host());
        }
        if (!target.tcp()) {
            if (udp == null) {
                udp = new DatagramSocket();
            }
            udp.send(new DatagramPacket(m, m.length, to));
            return;
        }
        if (tcp == null) {
            tcp = new Socket();
            tcp.connect(to, 5000);
            tcp.setSoTimeout(5000);
        }
        OutputStream out = tcp.getOutputStream();
        out.write((m.length + " ").getBytes(StandardCharsets.US_ASCII));
        out.write(m);
        out.flush();
    }

    private void closeSockets() {
        if (udp != null) {
            udp.close();
            udp = null;
        }
        if (tcp != null) {
            try {
                tcp.close();
            } catch (IOException ignored) {
                // closing a broken socket: nothing left to do
            }
            tcp = null;
        }
    }

    /** Sends what is queued, then stops the worker (bounded wait). */
    @Override
    public void close() {
        try {
            queue.put(STOP);
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.interrupt();
    }
}
