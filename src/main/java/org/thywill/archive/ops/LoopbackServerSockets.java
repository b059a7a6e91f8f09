package org.thywill.archive.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.rmi.server.RMIServerSocketFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * RMI server sockets bound to 127.0.0.1 only, so the JMX connector cannot be reached from another machine. One
 * factory serves both the RMI registry and the connector's server object: RMI puts exports whose factories are equal
 * on one listening socket, so the connector needs one port only. Equal means the same instance here.
 */
final class LoopbackServerSockets implements RMIServerSocketFactory {

    static final InetAddress LOOPBACK;

    static {
        try {
            LOOPBACK = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<ServerSocket> opened = new CopyOnWriteArrayList<>();

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new ServerSocket(port, 50, LOOPBACK);
        opened.add(s);
        return s;
    }

    /** The sockets this factory opened (for the bound addresses they report). */
    List<ServerSocket> opened() {
        return List.copyOf(opened);
    }
}
