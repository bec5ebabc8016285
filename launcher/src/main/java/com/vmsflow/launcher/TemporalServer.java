package com.vmsflow.launcher;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.ServerChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local run's Temporal and the end-to-end tests': the cluster {@code TEMPORAL_ADDRESS} names; or else the real
 * Temporal server of the Temporal CLI's development server ({@link DevServer}, Temporal Web included) where it can
 * be built; or else Temporal's in-process test server bound to the port. Both local servers listen on the network,
 * so the worker, the gateway and Temporal's CLI reach them as they would a cluster.
 */
public final class TemporalServer implements AutoCloseable {

    /** Which Temporal to run when no cluster is named ({@code --temporal}, {@code -Dvmsflow.temporal}). */
    public enum Choice {
        /** The dev server where it is built or Go can build it, else the test server (said in one line). */
        AUTO,
        /** The dev server, or fail. */
        DEV_SERVER,
        /** The in-process test server: no visibility, no Temporal Web. */
        TEST_SERVER;

        public static Choice parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Temporal is auto, dev-server or test-server, not " + value, e);
            }
        }

        public String flag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What ran: for the summary and the start-up lines. */
    public enum Kind {
        CLUSTER("the Temporal cluster TEMPORAL_ADDRESS names"),
        DEV_SERVER("Temporal Server of the Temporal CLI " + TemporalCli.VERSION + " (temporal server start-dev)"),
        TEST_SERVER("Temporal's in-process test server (no visibility, no Temporal Web)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * The name prefix of the in-process test server's gRPC threads and the name of the thread group its services'
     * pools are in, so that a profile or the bench can tell its CPU from the rest of the process's.
     */
    public static final String TEST_SERVER_THREADS = "temporal-test-server";

    private final String address;
    private final Kind kind;
    private final InProcessTestServer testServer;
    private final DevServer devServer;

    private TemporalServer(String address, Kind kind, InProcessTestServer testServer, DevServer devServer) {
        this.address = address;
        this.kind = kind;
        this.testServer = testServer;
        this.devServer = devServer;
    }

    /**
     * The cluster {@code temporalAddress} names, or a local server on {@code port} as chosen (the dev server's
     * Temporal Web on {@code uiPort}, its log in {@code log}); {@code notes} hears why the dev server is not used
     * when {@code AUTO} falls back.
     */
    public static TemporalServer start(String temporalAddress, Choice choice, int port, int uiPort, String namespace,
                                       Path log, PrintStream notes) {
        if (temporalAddress != null && !temporalAddress.isBlank()) {
            return new TemporalServer(temporalAddress, Kind.CLUSTER, null, null);
        }
        if (choice != Choice.TEST_SERVER) {
            TemporalCli.Availability cli = TemporalCli.ensure(notes);
            if (cli.available()) {
                DevServer dev = DevServer.start(cli.binary(), port, uiPort, namespace, log);
                return new TemporalServer(dev.address(), Kind.DEV_SERVER, null, dev);
            }
            if (choice == Choice.DEV_SERVER) {
                throw new IllegalStateException("no Temporal dev server: " + cli.whyNot());
            }
            notes.println("Temporal: the in-process test server, because " + cli.whyNot() + ".");
        }
        // Time skipping locked: a local run holds orders in real time, like a real server.
        return new TemporalServer("127.0.0.1:" + port, Kind.TEST_SERVER, InProcessTestServer.start(port), null);
    }

    public String address() {
        return address;
    }

    public Kind kind() {
        return kind;
    }

    public boolean inProcess() {
        return testServer != null;
    }

    /** The server's own process on this machine: the dev server's; none for the test server or a cluster. */
    public java.util.OptionalLong processId() {
        return devServer == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(devServer.pid());
    }

    /** The dev server's log file, where this server has one. */
    public Optional<Path> log() {
        return devServer == null ? Optional.empty() : Optional.of(devServer.log());
    }

    /** Temporal Web, where this server has it. */
    public Optional<String> webUrl() {
        return devServer == null ? Optional.empty() : Optional.of(devServer.webUrl());
    }

    @Override
    public void close() {
        if (testServer != null) {
            testServer.close();
        }
        if (devServer != null) {
            devServer.close();
        }
    }

    /**
     * Temporal's test server bound to a port, as {@code TestServer.createPortBoundServer(port, true)} makes it (the
     * same services, time skipping locked), but on threads of its own: gRPC's defaults would share their event loops
     * and executor with the Temporal client's in this process (the worker's, the gateway's). Every thread the server
     * runs on is named {@code temporal-test-server...} or is in the thread group of that name (the services' own pools, made
     * while they are built), so the bench can tell the server's CPU from VMS Flow's (bench's {@code ThreadPart}).
     */
    static final class InProcessTestServer implements AutoCloseable {

        static final String THREADS = TEST_SERVER_THREADS;

        private final TestServicesStarter services;
        private final Server grpc;
        private final EventLoopGroup boss;
        private final EventLoopGroup workers;
        private final ExecutorService executor;

        private InProcessTestServer(TestServicesStarter services, Server grpc, EventLoopGroup boss,
                                    EventLoopGroup workers, ExecutorService executor) {
            this.services = services;
            this.grpc = grpc;
            this.boss = boss;
            this.workers = workers;
            this.executor = executor;
        }

        static InProcessTestServer start(int port) {
            ThreadGroup group = new ThreadGroup(THREADS);
            TestServicesStarter services = inGroup(group, () -> new TestServicesStarter(true, 0));
            boolean epoll = Epoll.isAvailable();
            EventLoopGroup boss = epoll ? new EpollEventLoopGroup(1, threads(group, THREADS + "-grpc-boss-"))
                    : new NioEventLoopGroup(1, threads(group, THREADS + "-grpc-boss-"));
            EventLoopGroup workers = epoll ? new EpollEventLoopGroup(0, threads(group, THREADS + "-grpc-worker-"))
                    : new NioEventLoopGroup(0, threads(group, THREADS + "-grpc-worker-"));
            Class<? extends ServerChannel> channel = epoll ? EpollServerSocketChannel.class
                    : NioServerSocketChannel.class;
            ExecutorService executor = Executors.newCachedThreadPool(threads(group, THREADS + "-grpc-"));
            NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(port))
                    .channelType(channel).bossEventLoopGroup(boss).workerEventLoopGroup(workers).executor(executor);
            GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
            try {
                return new InProcessTestServer(services, builder.build().start(), boss, workers, executor);
            } catch (IOException e) {
                services.close();
                boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
                workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
                executor.shutdownNow();
                throw new UncheckedIOException("the test server did not start on port " + port, e);
            }
        }

        /** The server's services (the bench reaches into them: {@code TestServerTimerLog}). */
        TestServicesStarter services() {
            return services;
        }

        @Override
        public void close() {
            grpc.shutdown();
            try {
                grpc.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            services.close();
            grpc.shutdownNow();
            executor.shutdownNow();
            boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        }

        private static ThreadFactory threads(ThreadGroup group, String prefix) {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(group, r, prefix + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }

        /** Runs {@code make} on a thread of {@code group}: the pools it creates put their threads there. */
        private static <T> T inGroup(ThreadGroup group, java.util.function.Supplier<T> make) {
            Object[] made = new Object[1];
            RuntimeException[] failed = new RuntimeException[1];
            Thread maker = new Thread(group, () -> {
                try {
                    made[0] = make.get();
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            }, THREADS + "-start");
            maker.start();
            try {
                maker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the test server", e);
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            @SuppressWarnings("unchecked")
            T result = (T) made[0];
            return result;
        }
    }
}
