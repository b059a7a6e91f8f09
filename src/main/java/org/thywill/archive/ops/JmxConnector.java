package org.thywill.archive.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.management.MBeanServer;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JMX RMI connector on 127.0.0.1 only ({@code ./thywill run --jmx-port N}, setting {@code thywill.jmx.port}): an RMI
 * registry and the connector's server object share port N, both bound to the loopback address, at
 * {@code service:jmx:rmi://127.0.0.1:N/jndi/rmi://127.0.0.1:N/jmxrmi}. It serves the MBean server Camel registers its
 * MBeans in (the JVM's platform one), so {@code jconsole}, VisualVM or {@code JMXConnectorFactory.connect} on that URL
 * see every route, health check and service. Camel 4 has no connector of its own (its {@code createConnector} was
 * removed), hence this one. No authentication: reaching it already takes a login on this machine — tunnel it over SSH
 * for remote use.
 *
 * <p>The stubs RMI hands to clients carry the host {@code java.rmi.server.hostname}; unless the operator set it, it is
 * set to 127.0.0.1 (the address the sockets are bound to) before the first export.
 */
public final class JmxConnector extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(JmxConnector.class);

    private final int port;
    private final Supplier<MBeanServer> mbeanServer;
    private final LoopbackServerSockets sockets = new LoopbackServerSockets();
    private Registry registry;
    private JMXConnectorServer server;

    public JmxConnector(int port, Supplier<MBeanServer> mbeanServer) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("the JMX port is 1-65535: " + port);
        }
        this.port = port;
        this.mbeanServer = mbeanServer;
    }

    public JMXServiceURL serviceUrl() {
        try {
            return new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The addresses the connector's sockets are bound to (127.0.0.1 only). */
    public List<InetAddress> boundAddresses() {
        return sockets.opened().stream().map(ServerSocket::getInetAddress).distinct().toList();
    }

    @Override
    protected void doStart() throws Exception {
        if (System.getProperty("java.rmi.server.hostname") == null) {
            System.setProperty("java.rmi.server.hostname", LoopbackServerSockets.LOOPBACK.getHostAddress());
        }
        registry = LocateRegistry.createRegistry(port, null, sockets);
        Map<String, Object> env = new HashMap<>();
        env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, sockets);
        server = JMXConnectorServerFactory.newJMXConnectorServer(serviceUrl(), env, mbeanServer.get());
        try {
            server.start();
        } catch (IOException e) {
            unexportRegistry();
            throw new IOException("cannot open the JMX connector on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        LOG.info("JMX connector on {} (127.0.0.1 only)", serviceUrl());
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            server = null;
            unexportRegistry();
        }
    }

    private void unexportRegistry() {
        if (registry != null) {
            try {
                UnicastRemoteObject.unexportObject(registry, true);
            } catch (NoSuchObjectException e) {
                // already gone
            }
            registry = null;
        }
    }
}
