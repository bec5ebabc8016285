package com.vmsflow.sandbox;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.json.Json;
import com.vmsflow.sandbox.ajio.Tokens;
import com.vmsflow.sandbox.ajio.api.AjioAuthResource;
import com.vmsflow.sandbox.ajio.api.AjioInventoryResource;
import com.vmsflow.sandbox.ajio.api.AjioManifestsResource;
import com.vmsflow.sandbox.ajio.api.AjioOrderFeedsResource;
import com.vmsflow.sandbox.ajio.api.AjioOrdersResource;
import com.vmsflow.sandbox.ajio.api.AjioReturnsResource;
import com.vmsflow.sandbox.ajio.api.AjioRsiResource;
import com.vmsflow.sandbox.ajio.inventory.InventoryService;
import com.vmsflow.sandbox.ajio.order.ManifestService;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.returns.ReturnService;
import com.vmsflow.sandbox.ajio.rsi.RsiService;
import com.vmsflow.sandbox.api.ApiExceptionMapper;
import com.vmsflow.sandbox.api.MalformedJsonMapper;
import com.vmsflow.sandbox.api.UnexpectedExceptionMapper;
import com.vmsflow.sandbox.api.WebApplicationExceptionMapper;
import com.vmsflow.sandbox.calls.CallLog;
import com.vmsflow.sandbox.control.AjioControlResource;
import com.vmsflow.sandbox.control.CallsResource;
import com.vmsflow.sandbox.control.ErpControlResource;
import com.vmsflow.sandbox.control.FaultsResource;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.erp.ErpSimulator;
import com.vmsflow.sandbox.erp.ErpResource;
import com.vmsflow.sandbox.faults.Faults;
import com.vmsflow.sandbox.idempotency.IdempotencyStore;
import com.vmsflow.sandbox.rms.RmsRegistry;
import com.vmsflow.sandbox.rms.RmsResource;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The sandbox: Ajio's VMS API under {@code /ajio}, the RMS under {@code /rms}, the clients' ERPs under
 * {@code /erp}, and the control endpoints under {@code /sandbox}, all on one port. Run it with
 * {@code server [sandbox.yml]}, or in-process with {@link SandboxServer}.
 */
public class SandboxApplication extends Application<SandboxConfiguration> {

    /** How long a repeat waits for the first call with its idempotency key to answer. */
    private static final Duration IDEMPOTENCY_WAIT = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        new SandboxApplication().run(args);
    }

    @Override
    public String getName() {
        return "sandbox";
    }

    @Override
    public void initialize(Bootstrap<SandboxConfiguration> bootstrap) {
        Json.configure(bootstrap.getObjectMapper());
    }

    @Override
    public void run(SandboxConfiguration config, Environment environment) {
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = environment.getObjectMapper();
        ScheduledThreadPoolExecutor scheduler = scheduler();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                scheduler.shutdownNow();
            }
        });

        CallLog calls = new CallLog(config.maxRecordedCalls);
        Faults faults = new Faults(config.faultSeed == null ? new Random() : new Random(config.faultSeed),
                javaDuration(config.lostResponseDelay));
        IdempotencyStore idempotency = new IdempotencyStore(javaDuration(config.idempotencyTtl), IDEMPOTENCY_WAIT,
                clock);
        EInvoiceIssuer issuer = config.qrSigningSecret == null
                ? EInvoiceIssuer.withGeneratedKey(clock)
                : EInvoiceIssuer.withSecret(config.qrSigningSecret, clock);

        Tokens tokens = new Tokens(config.ajio.sellers, javaDuration(config.ajio.tokenTtl), clock);
        InventoryService inventory = new InventoryService(config.ajio.inventoryBatchSize,
                config.ajio.inventoryCallsPerSecond, clock);
        OrderService orders = new OrderService(config.ajio.buyerGstin, inventory, clock);
        ManifestService manifests = new ManifestService(orders, clock);
        ReturnService returns = new ReturnService(orders, scheduler, javaDuration(config.ajio.rtoDelay), clock);
        RsiService rsi = new RsiService(orders, returns, config.ajio.rsiAcceptancesPerSecond, clock);
        RmsRegistry rms = new RmsRegistry(issuer);
        ErpSimulator erp = new ErpSimulator(config.erp.clients, issuer, config.ajio.buyerGstin, scheduler, mapper,
                calls, clock, config.erp.gatewayInterceptors);
        environment.lifecycle().manage(erp);

        JerseyEnvironment jersey = environment.jersey();
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            // The contract's error bodies, whatever server block a YAML file gives: Dropwizard's would compete.
            server.setRegisterDefaultExceptionMappers(false);
        }
        jersey.register(new SimulatedApiFeature(faults, calls, idempotency, tokens, orders, mapper, clock));
        jersey.register(new ApiExceptionMapper());
        jersey.register(new MalformedJsonMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());

        jersey.register(new AjioAuthResource(tokens));
        jersey.register(new AjioOrdersResource(orders));
        jersey.register(new AjioManifestsResource(manifests));
        jersey.register(new AjioOrderFeedsResource(orders));
        jersey.register(new AjioReturnsResource(returns));
        jersey.register(new AjioRsiResource(rsi));
        jersey.register(new AjioInventoryResource(inventory));
        jersey.register(new RmsResource(rms));
        jersey.register(new ErpResource(erp));

        jersey.register(new AjioControlResource(orders, returns, rsi, inventory, tokens));
        jersey.register(new CallsResource(calls));
        jersey.register(new FaultsResource(faults));
        jersey.register(new ErpControlResource(erp));

        environment.healthChecks().register("sandbox", new HealthCheck() {
            @Override
            protected Result check() {
                return Result.healthy();
            }
        });
    }

    /**
     * Times RTO expectations and the ERP's documents and retries. Stopping drops what is still waiting: a stopped
     * sandbox makes no more calls.
     */
    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread thread = new Thread(r, "sandbox-timer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private static Duration javaDuration(io.dropwizard.util.Duration duration) {
        return Duration.ofMillis(duration.toMilliseconds());
    }
}
