package com.vmsflow.launcher;

import com.codahale.metrics.MetricRegistry;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.gateway.GatewayApplication;
import com.vmsflow.metrics.Metrics;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.SandboxConfiguration;
import com.vmsflow.sandbox.SandboxServer;
import com.vmsflow.sandbox.config.ErpClientSettings;
import com.vmsflow.store.Database;
import com.vmsflow.temporal.TemporalConnection;
import com.vmsflow.worker.WorkerRuntime;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole of VMS Flow in one process: PostgreSQL (embedded, or {@code DATABASE_URL}), Temporal (the in-process
 * test server on a port, or {@code TEMPORAL_ADDRESS}), the sandbox standing in for Ajio, the ERP and the RMS, the
 * worker and the api-gateway. The local run and the end-to-end tests start it; each part talks to the others over
 * its real protocol.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final int FREE_PORTS_FROM = 20_000;
    private static final int FREE_PORTS_TO = 32_000;
    /** The system property naming this JVM's slice of those ports (the launcher's pom sets surefire's fork number). */
    static final String PORT_SLICE = "vmsflow.portSlice";
    private static final int PORT_SLICES = 4;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    /**
     * Where the parts are: a database URL and a Temporal address (null: embedded PostgreSQL, in-process Temporal),
     * ports (0: a free one), and a last word on the configuration (and on the sandbox's) before anything starts.
     */
    public record Options(Path configFile, String databaseUrl, String temporalAddress, int temporalPort,
                          int sandboxPort, int gatewayPort, int gatewayAdminPort,
                          Consumer<VmsFlowConfiguration> tweak, boolean inProcessWorker,
                          Consumer<SandboxConfiguration> sandboxTweak, TemporalServer.Choice temporal,
                          int temporalUiPort, Path temporalLog) {

        /** With the sandbox as configured by default, and the dev server where it can be built. */
        public Options(Path configFile, String databaseUrl, String temporalAddress, int temporalPort,
                       int sandboxPort, int gatewayPort, int gatewayAdminPort,
                       Consumer<VmsFlowConfiguration> tweak, boolean inProcessWorker) {
            this(configFile, databaseUrl, temporalAddress, temporalPort, sandboxPort, gatewayPort, gatewayAdminPort,
                    tweak, inProcessWorker, sandbox -> { }, testChoice(), 0, null);
        }

        /**
         * The local run: {@code DATABASE_URL} and {@code TEMPORAL_ADDRESS} when set, and the documented ports:
         * Temporal 7233, sandbox 8090, gateway 8080 (admin 8081), unless {@code TEMPORAL_PORT}, {@code SANDBOX_PORT},
         * {@code GATEWAY_PORT} or {@code GATEWAY_ADMIN_PORT} name others (a second stack beside a running one).
         */
        public static Options local(Path configFile) {
            return local(configFile, System.getenv());
        }

        /** The same with these environment variables. */
        static Options local(Path configFile, Map<String, String> env) {
            int temporalPort = port(env, "TEMPORAL_PORT", 7233);
            return new Options(configFile, env.get("DATABASE_URL"), env.get("TEMPORAL_ADDRESS"), temporalPort,
                    port(env, "SANDBOX_PORT", 8090), port(env, "GATEWAY_PORT", 8080),
                    port(env, "GATEWAY_ADMIN_PORT", 8081), c -> { }, true, sandbox -> { },
                    TemporalServer.Choice.AUTO, port(env, "TEMPORAL_UI_PORT", temporalPort + 1000),
                    LocalLogs.TEMPORAL_FILE);
        }

        private static int port(Map<String, String> env, String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a port: " + value, e);
            }
        }

        /**
         * Tests: the given database, an in-process Temporal, free ports; the sandbox's ERPs call the gateway through
         * every {@code okhttp3.Interceptor} the classpath provides as a service (the tests' check of each exchange
         * against the OpenAPI document).
         */
        public static Options forTest(Path configFile, String databaseUrl, Consumer<VmsFlowConfiguration> tweak) {
            return new Options(configFile, databaseUrl, null, freePort(), 0, freePort(), freePort(), tweak, true,
                    sandbox -> ServiceLoader.load(Interceptor.class).forEach(sandbox.erp.gatewayInterceptors::add),
                    testChoice(), 0, null);
        }

        /**
         * The tests' Temporal: {@code -Dvmsflow.temporal=dev-server|test-server|auto} (Maven passes it on), else
         * {@code auto}: the real server where the machine has it.
         */
        static TemporalServer.Choice testChoice() {
            return TemporalServer.Choice.parse(System.getProperty("vmsflow.temporal"));
        }

        /** Temporal as chosen ({@code ./vmsflow local --temporal}). */
        public Options withTemporal(TemporalServer.Choice choice) {
            return new Options(configFile, databaseUrl, temporalAddress, temporalPort, sandboxPort, gatewayPort,
                    gatewayAdminPort, tweak, inProcessWorker, sandboxTweak, choice, temporalUiPort, temporalLog);
        }

        /** Everything but the worker, which runs in a process of its own (the crash test kills it). */
        public Options withoutWorker() {
            return new Options(configFile, databaseUrl, temporalAddress, temporalPort, sandboxPort, gatewayPort,
                    gatewayAdminPort, tweak, false, sandboxTweak, temporal, temporalUiPort, temporalLog);
        }

        /** A last word on the configuration, after the one these options have. */
        public Options withConfiguration(Consumer<VmsFlowConfiguration> lastWord) {
            return new Options(configFile, databaseUrl, temporalAddress, temporalPort, sandboxPort, gatewayPort,
                    gatewayAdminPort, tweak.andThen(lastWord), inProcessWorker, sandboxTweak, temporal, temporalUiPort,
                    temporalLog);
        }

        /** A last word on the sandbox's configuration, e.g. how long it holds back a "lost" answer. */
        public Options withSandbox(Consumer<SandboxConfiguration> lastWord) {
            return new Options(configFile, databaseUrl, temporalAddress, temporalPort, sandboxPort, gatewayPort,
                    gatewayAdminPort, tweak, inProcessWorker, sandboxTweak.andThen(lastWord), temporal, temporalUiPort,
                    temporalLog);
        }
    }

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private VmsFlowConfiguration config;
    private Postgres postgres;
    private TemporalServer temporal;
    private SandboxServer sandbox;
    private Jdbi jdbi;
    private Metrics metrics;
    private TemporalConnection connection;
    private WorkerRuntime worker;
    private DropwizardTestSupport<VmsFlowConfiguration> gateway;
    private int gatewayPort;

    private LocalStack() {
    }

    public static LocalStack start(Options options) {
        LocalStack stack = new LocalStack();
        try {
            stack.startParts(options);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startParts(Options options) {
        postgres = own(Postgres.start(options.databaseUrl()));
        LOG.info("PostgreSQL: {} ({})", postgres.jdbcUrl(), postgres.embedded() ? "embedded" : "DATABASE_URL");
        gatewayPort = options.gatewayPort() == 0 ? freePort() : options.gatewayPort();
        Map<String, String> values = new HashMap<>();
        values.put("DATABASE_URL", postgres.jdbcUrl());
        values.put("DATABASE_USER", postgres.user());
        values.put("DATABASE_PASSWORD", postgres.password());
        values.put("GATEWAY_PORT", String.valueOf(gatewayPort));
        values.put("GATEWAY_ADMIN_PORT", String.valueOf(options.gatewayAdminPort()));
        if (options.temporalAddress() != null && !options.temporalAddress().isBlank()) {
            values.put("TEMPORAL_ADDRESS", options.temporalAddress());
        }
        config = Configs.load(options.configFile(), values);

        // The configuration names the namespace the server must serve; the server then names the address.
        temporal = own(TemporalServer.start(options.temporalAddress(), options.temporal(), options.temporalPort(),
                options.temporalUiPort() == 0 ? freePort() : options.temporalUiPort(), config.temporal.namespace,
                options.temporalLog() == null ? testTemporalLog() : options.temporalLog(), System.out));
        config.temporal.address = temporal.address();
        LOG.info("Temporal: {} ({}{})", temporal.address(), temporal.kind().description(),
                temporal.webUrl().map(url -> ", Temporal Web " + url).orElse(""));
        options.tweak().accept(config);

        SandboxConfiguration sandboxConfig = sandboxConfiguration(options.sandboxPort());
        options.sandboxTweak().accept(sandboxConfig);
        sandbox = own(SandboxServer.start(sandboxConfig));
        LOG.info("Sandbox (Ajio, ERP, RMS): {}", sandbox.baseUrl());
        pointAtSandbox();

        // One registry for the process: the gateway's admin port shows the worker's metrics too.
        metrics = own(Metrics.create());
        ManagedDataSource dataSource = config.database.build(new MetricRegistry(), "worker");
        own(() -> dataSource.stop());
        Database.migrate(dataSource);
        jdbi = Database.jdbi(dataSource);
        connection = own(TemporalConnection.open(config.temporal, metrics.temporalScope()));
        if (config.temporal.registerSearchAttributes) {
            connection.registerSearchAttributes();
        }

        if (options.inProcessWorker()) {
            worker = own(new WorkerRuntime(config, jdbi, connection.client(), metrics.meters()));
        }
        gateway = new DropwizardTestSupport<>(GatewayApplication.class, config) {
            @Override
            public Application<VmsFlowConfiguration> newApplication() {
                return new GatewayApplication(metrics);
            }
        };
        try {
            gateway.before();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway did not start: " + e.getMessage(), e);
        }
        own(gateway::after);
        if (worker != null) {
            worker.start();
        }
        LOG.info("Gateway: {} (admin {})", gatewayUrl(), gateway.getAdminPort());
    }

    /** The sandbox is Ajio, the RMS and every client's ERP here; its ERPs answer through the gateway. */
    private SandboxConfiguration sandboxConfiguration(int port) {
        SandboxConfiguration sandboxConfig = SandboxConfiguration.defaults(port);
        for (ClientSettings client : config.clients) {
            if (client.eInvoicingModel == EInvoicingModel.ERP || client.returnModel == ReturnModel.CREDIT_NOTE_ERP) {
                ErpClientSettings erp = new ErpClientSettings(client.clientId,
                        com.vmsflow.client.PostingMode.valueOf(client.postingMode.name()), gatewayUrl(),
                        "dev-erp-" + client.clientId, client.supplierGstin);
                erp.invoiceDelay = io.dropwizard.util.Duration.seconds(1);
                sandboxConfig.erp.clients.add(erp);
            }
        }
        return sandboxConfig;
    }

    private void pointAtSandbox() {
        config.ajio.baseUrl = sandbox.baseUrl() + "/ajio";
        config.rms.baseUrl = sandbox.baseUrl() + "/rms";
        config.clients.forEach(c -> c.erpUrl = sandbox.baseUrl() + "/erp/" + c.clientId);
        if (config.getServerFactory() instanceof DefaultServerFactory server
                && server.getApplicationConnectors().get(0) instanceof HttpConnectorFactory http) {
            http.setPort(gatewayPort);
        }
    }

    public VmsFlowConfiguration config() {
        return config;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    public int gatewayAdminPort() {
        return gateway.getAdminPort();
    }

    public String sandboxUrl() {
        return sandbox.baseUrl();
    }

    public SandboxClient sandbox() {
        return new SandboxClient(sandbox.baseUrl());
    }

    public WorkflowClient workflows() {
        return connection.client();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public WorkerRuntime worker() {
        return worker;
    }

    public boolean embeddedDatabase() {
        return postgres.embedded();
    }

    /** The database's JDBC URL (with its user), e.g. for psql or a check of what a run changed. */
    public String databaseUrl() {
        return postgres.jdbcUrl();
    }

    public String temporalAddress() {
        return temporal.address();
    }

    /** Which Temporal this stack runs on. */
    public TemporalServer.Kind temporalKind() {
        return temporal.kind();
    }

    /** The process of the stack's Temporal server when it has one of its own on this machine (the dev server). */
    public java.util.OptionalLong temporalProcessId() {
        return temporal.processId();
    }

    /** The dev server's log, where the stack's Temporal has one. */
    public java.util.Optional<Path> temporalLog() {
        return temporal.log();
    }

    /** Temporal Web, where the stack's Temporal has it (the dev server's). */
    public java.util.Optional<String> temporalWebUrl() {
        return temporal.webUrl();
    }

    /** A test stack's dev server log: one file per server, in the build folder. */
    private static Path testTemporalLog() {
        try {
            Path dir = Path.of("target", "temporal-dev-server");
            java.nio.file.Files.createDirectories(dir);
            return java.nio.file.Files.createTempFile(dir, "server-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T extends AutoCloseable> T own(T part) {
        parts.push(part);
        return part;
    }

    /** Stops the parts in the reverse order of their start. */
    @Override
    public void close() {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                LOG.warn("stopping a part of the local stack: {}", e.getMessage());
            }
        }
    }

    /**
     * A port free now, and not one handed out before by this process, from below Linux's ephemeral range
     * (32768-60999): a port from that range can be taken by any outgoing connection (JDBC, gRPC, HTTP) between this
     * check and the bind, and the part then fails to start ("Address already in use").
     */
    public static synchronized int freePort() {
        int[] range = portRange(Integer.getInteger(PORT_SLICE, 0));
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(range[0], range[1]);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + range[0] + " and " + range[1]);
    }

    /**
     * The ports of slice {@code slice} (1 to {@value #PORT_SLICES}; 0 or another number: all of them). The test run's
     * JVMs that run side by side (surefire's forks) each take their own slice, so one never takes a port another
     * has handed out but not yet bound.
     */
    static int[] portRange(int slice) {
        if (slice < 1 || slice > PORT_SLICES) {
            return new int[] {FREE_PORTS_FROM, FREE_PORTS_TO};
        }
        int size = (FREE_PORTS_TO - FREE_PORTS_FROM) / PORT_SLICES;
        return new int[] {FREE_PORTS_FROM + (slice - 1) * size, FREE_PORTS_FROM + slice * size};
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
