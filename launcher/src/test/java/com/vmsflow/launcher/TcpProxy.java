package com.vmsflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a server, for outage tests: {@link #cut()} closes every connection
 * through it and refuses new ones (the port is closed, so a connect is refused at once, as with a server that is
 * down), {@link #restore()} listens on the same port again. One thread per direction per connection: for a test's
 * few dozen connections.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpProxy(InetSocketAddress upstream, int port) {
        this.upstream = upstream;
        this.port = port;
    }

    /** A proxy on a free loopback port to {@code host:port}, accepting connections. */
    static TcpProxy start(String host, int upstreamPort) {
        TcpProxy proxy = new TcpProxy(new InetSocketAddress(host, upstreamPort), LocalStack.freePort());
        proxy.restore();
        return proxy;
    }

    int port() {
        return port;
    }

    /** Listens again on the same port; connections are proxied as before. */
    synchronized void restore() {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            listener = server;
            Thread accepting = new Thread(() -> accept(server), "tcp-proxy-accept-" + port);
            accepting.setDaemon(true);
            accepting.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + port, e);
        }
    }

    /** Drops every connection through the proxy and stops listening: new connections are refused. */
    synchronized void cut() {
        closeQuietly(listener);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // cut or closed
            }
            Socket target = new Socket();
            try {
                target.connect(upstream, 5_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(target);
                continue;
            }
            sockets.add(client);
            sockets.add(target);
            if (server.isClosed()) { // cut while this one was connecting: it goes too
                closeQuietly(client);
                closeQuietly(target);
                continue;
            }
            pump(client, target);
            pump(target, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (SocketException e) {
                // closed by a cut or by the other side
            } catch (IOException e) {
                // the same: the connection is over
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
