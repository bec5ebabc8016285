package com.vmsflow.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.vmsflow.config.VmsFlowApplication;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.gateway.auth.ApiKeyAuthFeature;
import com.vmsflow.gateway.auth.ApiKeyAuthenticator;
import com.vmsflow.gateway.auth.PerKeyRateLimit;
import com.vmsflow.gateway.bulk.BulkOrdersApi;
import com.vmsflow.gateway.catalog.InventoryResource;
import com.vmsflow.gateway.catalog.SkuMappingResource;
import com.vmsflow.gateway.channel.ChannelResource;
import com.vmsflow.gateway.channel.ChannelSyncs;
import com.vmsflow.gateway.client.ClientListResource;
import com.vmsflow.gateway.erp.PostingFeedResource;
import com.vmsflow.gateway.errors.ApiExceptionMapper;
import com.vmsflow.gateway.errors.DatabaseUnavailableMapper;
import com.vmsflow.gateway.errors.JsonErrorHandler;
import com.vmsflow.gateway.errors.JsonExceptionMapper;
import com.vmsflow.gateway.errors.TemporalServiceExceptionMapper;
import com.vmsflow.gateway.errors.UnexpectedExceptionMapper;
import com.vmsflow.gateway.errors.ViolationExceptionMapper;
import com.vmsflow.gateway.errors.WebApplicationExceptionMapper;
import com.vmsflow.gateway.errors.WorkflowNotFoundMapper;
import com.vmsflow.gateway.gst.ErpGstDocuments;
import com.vmsflow.gateway.handover.HandoverResource;
import com.vmsflow.gateway.inward.InwardPoResource;
import com.vmsflow.gateway.handover.HandoverWorkflows;
import com.vmsflow.gateway.health.TemporalHealthCheck;
import com.vmsflow.gateway.logging.WorkflowLogContext;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.metrics.RequestMetrics;
import com.vmsflow.gateway.openapi.OpenApiResource;
import com.vmsflow.gateway.order.B2b2cInvoiceResource;
import com.vmsflow.gateway.order.B2bInvoiceResource;
import com.vmsflow.gateway.order.CancellationResource;
import com.vmsflow.gateway.order.OrderLookup;
import com.vmsflow.gateway.order.OrderResource;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.order.PackResource;
import com.vmsflow.gateway.support.SupportActionResource;
import com.vmsflow.gateway.report.ReportCatalogResource;
import com.vmsflow.gateway.report.ReportPreviewResource;
import com.vmsflow.gateway.report.ReportResource;
import com.vmsflow.gateway.reportspage.ReportsPageResource;
import com.vmsflow.gateway.returns.ReturnsApi;
import com.vmsflow.gateway.temporal.ManagedTemporal;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.inventory.StockArrivals;
import com.vmsflow.inventory.SignallingStockNudges;
import com.vmsflow.inventory.StockNudges;
import com.vmsflow.metrics.Metrics;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Database;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.HandoverRepository;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.InwardPoRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.PostingRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SupportAuditRepository;
import com.vmsflow.store.report.ReportRepository;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.jersey.errors.EarlyEofExceptionMapper;
import io.dropwizard.jersey.errors.EofExceptionWriterInterceptor;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The api-gateway: the HTTP API a brand's ERP and warehouse integrate against (API.md), in front of the order and
 * handover workflows and the PostgreSQL read model.
 */
public class GatewayApplication extends VmsFlowApplication {

    /** The process's metrics: a host process's (the one-process local run shares its own), or made in run. */
    private Metrics metrics;

    public GatewayApplication() {
        this(null);
    }

    /** Serves the host process's metrics, which the host closes (none: its own, made in run). */
    public GatewayApplication(Metrics metrics) {
        super("vmsflow-gateway");
        this.metrics = metrics;
    }

    public static void main(String[] args) throws Exception {
        new GatewayApplication().run(args);
    }

    @Override
    public void run(VmsFlowConfiguration config, Environment env) {
        // The API answers every error in its own shape: Dropwizard's mappers are replaced below.
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        // Only now: the configuration, read with the same mapper, may have numbers where strings belong.
        strictScalars(env.getObjectMapper());
        // Prometheus metrics on the admin port; requests timed by resource; log lines with the order's workflow id.
        if (metrics == null) {
            metrics = Metrics.ownedBy(env);
        }
        metrics.serve(env);
        GatewayMetrics gatewayMetrics = new GatewayMetrics(metrics.meters());
        env.jersey().register(new RequestMetrics(metrics.meters()));
        env.jersey().register(new WorkflowLogContext());
        ManagedDataSource dataSource = config.database.build(env.metrics(), "postgresql");
        Database.migrate(dataSource);
        Jdbi jdbi = Database.configure(new JdbiFactory().build(env, config.database, dataSource, "postgresql"));

        ClientRepository clients = new ClientRepository(jdbi);
        ApiKeyRepository apiKeys = new ApiKeyRepository(jdbi);
        OrderRepository orders = new OrderRepository(jdbi);
        ChannelRepository channels = new ChannelRepository(jdbi);
        ConfiguredData.write(config, clients, channels, apiKeys);

        WorkflowClient temporal = workflowClient(config, env);
        env.healthChecks().register("temporal", new TemporalHealthCheck(temporal.getWorkflowServiceStubs()));

        OrderLookup lookup = new OrderLookup(temporal, orders);
        Updates updates = new Updates(gatewayMetrics);
        OrderWorkflows orderWorkflows = new OrderWorkflows(temporal, lookup, gatewayMetrics, updates);
        Duration handoverWait = Duration.ofMillis(config.gateway.handoverWait.toMilliseconds());

        JerseyEnvironment jersey = env.jersey();
        jersey.register(new RequestSizeLimit(config.gateway.maxRequestBody.toBytes()));
        jersey.register(new ApiKeyAuthFeature(new ApiKeyAuthenticator(apiKeys, ApiKeyAuthenticator.REMEMBER),
                config.clients.stream().map(c -> c.clientId).collect(Collectors.toSet())));
        jersey.register(new PerKeyRateLimit(config.gateway.requestsPerSecondPerKey));
        jersey.register(new SingleValuedQuery());
        registerErrorMappers(jersey);
        // What Jetty refuses before Jersey (an encoded slash in a path, say) is answered in the same error shape.
        JsonErrorHandler jettyErrors = new JsonErrorHandler(env.getObjectMapper());
        env.getApplicationContext().setErrorHandler(jettyErrors);
        env.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(jettyErrors));
        jersey.register(new OrderResource(lookup, orders));
        jersey.register(new PackResource(orderWorkflows));
        jersey.register(new CancellationResource(orderWorkflows));
        jersey.register(new SupportActionResource(orderWorkflows, new SupportAuditRepository(jdbi), lookup));
        ErpGstDocuments erpDocuments = new ErpGstDocuments(clients, new DocumentRepository(jdbi),
                new QrIssuers(config.gateway.acceptedQrIssuers));
        jersey.register(new B2bInvoiceResource(erpDocuments, orderWorkflows));
        jersey.register(new B2b2cInvoiceResource(erpDocuments, orderWorkflows));
        jersey.register(new HandoverResource(orders, new HandoverRepository(jdbi), new HandoverWorkflows(temporal),
                handoverWait));
        jersey.register(new SkuMappingResource(new SkuMappingRepository(jdbi), orders, orderWorkflows, clients));
        StockArrivals stockArrivals = new StockArrivals(orders, orderWorkflows::retryReservation,
                stockNudges(config, env, temporal, channels));
        jersey.register(new InventoryResource(new InventoryRepository(jdbi), stockArrivals));
        jersey.register(new InwardPoResource(new InwardPoRepository(jdbi), stockArrivals));
        jersey.register(new ChannelResource(channels, new ChannelSyncs(temporal, updates),
                new SupportAuditRepository(jdbi)));
        jersey.register(new PostingFeedResource(clients, new PostingRepository(jdbi)));
        ReturnsApi.register(jersey, temporal, jdbi, orders, lookup, gatewayMetrics, updates, config.gateway,
                erpDocuments);
        BulkOrdersApi.register(jersey, temporal, jdbi, clients, gatewayMetrics, updates);
        jersey.register(new ReportResource(clients, new ReportRepository(jdbi), env.getObjectMapper().getFactory()));
        // The reports page (GET /reports) and what it reads besides the reports.
        jersey.register(new ReportCatalogResource());
        jersey.register(new ReportPreviewResource(clients, new ReportRepository(jdbi),
                env.getObjectMapper().getFactory()));
        jersey.register(new ClientListResource(clients));
        jersey.register(new ReportsPageResource());
        jersey.register(new OpenApiResource());
    }

    /**
     * The gateway's Temporal client. This one owns a connection to the configured server for the life of the
     * application; a test overrides it to use an in-memory test server.
     */
    protected WorkflowClient workflowClient(VmsFlowConfiguration config, Environment env) {
        ManagedTemporal temporal = new ManagedTemporal(config.temporal, metrics.temporalScope());
        env.lifecycle().manage(temporal);
        return temporal.client();
    }

    /**
     * Who tells the channels' inventory syncs that a write through the gateway changed stock: a signal to each sync of
     * the client, at most once per {@code inventorySync.nudgeInterval}, sent off the request's thread. The changes
     * already wait in the database; a nudge lost with the process costs a sweep interval, never a change.
     */
    protected StockNudges stockNudges(VmsFlowConfiguration config, Environment env, WorkflowClient temporal,
                                      ChannelRepository channels) {
        SignallingStockNudges nudges = new SignallingStockNudges(temporal, channels,
                Duration.ofMillis(config.inventorySync.nudgeInterval.toMilliseconds()));
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                nudges.close();
            }
        });
        return nudges;
    }

    private static void registerErrorMappers(JerseyEnvironment jersey) {
        jersey.register(new ApiExceptionMapper());
        jersey.register(new JsonExceptionMapper());
        jersey.register(new ViolationExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new WorkflowNotFoundMapper());
        jersey.register(new TemporalServiceExceptionMapper());
        jersey.register(new DatabaseUnavailableMapper());
        jersey.register(new UnexpectedExceptionMapper());
        // Kept from Dropwizard's defaults: a client that hangs up mid-request is not a server error.
        jersey.register(new EarlyEofExceptionMapper());
        jersey.register(EofExceptionWriterInterceptor.class);
    }

    /**
     * Input numbers are numbers: {@code 1.5} or {@code "5"} where an integer belongs is a wrong type (400), not a
     * value to round or parse. Decimal amounts may come as strings ("999.00"), as API.md allows.
     */
    private static void strictScalars(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
