package dev.peerdesk.e2e.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A tiny program run inside a namespace to show what the network does: reflectors answer with the
 * source address they observed (what a STUN server would report), askers print those answers.
 *
 * <pre>
 *   udp-reflect ADDR PORT      tcp-reflect ADDR PORT
 *   udp-ask ADDR:PORT [ADDR:PORT ...]   (one socket; prints one line per target: "ip:port" or "timeout")
 *   tcp-ask ADDR:PORT          (prints "ip:port" or "timeout" / "refused")
 * </pre>
 */
public final class NetProbe {
    private static final int TIMEOUT_MILLIS = 2000;

    private NetProbe() {}

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "udp-reflect" -> udpReflect(args[1], Integer.parseInt(args[2]));
            case "tcp-reflect" -> tcpReflect(args[1], Integer.parseInt(args[2]));
            case "udp-ask" -> udpAsk(args);
            case "tcp-ask" -> tcpAsk(parse(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void udpReflect(String address, int port) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, port))) {
            System.out.println("ready");
            System.out.flush();
            byte[] buf = new byte[1500];
            while (true) {
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                socket.receive(in);
                byte[] answer = observed(in.getAddress().getHostAddress(), in.getPort());
                socket.send(new DatagramPacket(answer, answer.length, in.getSocketAddress()));
            }
        }
    }

    private static void tcpReflect(String address, int port) throws IOException {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(address, port));
            System.out.println("ready");
            System.out.flush();
            while (true) {
                try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
                    out.write(observed(s.getInetAddress().getHostAddress(), s.getPort()));
                    out.write('\n');
                }
            }
        }
    }

    private static void udpAsk(String[] args) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            for (int i = 1; i < args.length; i++) {
                InetSocketAddress target = parse(args[i]);
                byte[] ping = {1};
                socket.send(new DatagramPacket(ping, 1, target));
                byte[] buf = new byte[100];
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(in);
                    System.out.println(new String(buf, 0, in.getLength(), StandardCharsets.US_ASCII));
                } catch (SocketTimeoutException e) {
                    System.out.println("timeout");
                }
            }
        }
    }

    private static void tcpAsk(InetSocketAddress target) {
        try (Socket s = new Socket()) {
            s.connect(target, TIMEOUT_MILLIS);
            s.setSoTimeout(TIMEOUT_MILLIS);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            System.out.println(in.readLine());
        } catch (SocketTimeoutException e) {
            System.out.println("timeout");
        } catch (IOException e) {
            System.out.println("refused");
        }
    }

    private static byte[] observed(String ip, int port) {
        return (ip + ":" + port).getBytes(StandardCharsets.US_ASCII);
    }

    private static InetSocketAddress parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }
}
