package com.vmsflow.launcher;

import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The local stack an end-to-end test class runs against, set up as every such test sets it up: a database of its
 * own, {@code config/local.yml} with every client's acknowledgement hold as the test needs it and Ajio polled every
 * 300 ms, the gateway's client (its answers checked against the OpenAPI document) and the sandbox's. Closing it
 * stops the stack, then drops the database.
 */
final class TestStack implements AutoCloseable {

    final TestDatabase database;
    final LocalStack local;
    final GatewayClient gateway;
    final SandboxClient sandbox;

    private TestStack(TestDatabase database, LocalStack local) {
        this.database = database;
        this.local = local;
        this.gateway = new GatewayClient(local.gatewayUrl(), OpenApiConformance.okHttp());
        this.sandbox = local.sandbox();
    }

    static TestStack start(Duration acknowledgementHold) {
        return start(acknowledgementHold, config -> { }, options -> options);
    }

    /** {@code tweak}: the test's own changes to the configuration, made after the shared ones. */
    static TestStack start(Duration acknowledgementHold, Consumer<VmsFlowConfiguration> tweak) {
        return start(acknowledgementHold, tweak, options -> options);
    }

    /** {@code options}: what else the test asks of the stack, e.g. its sandbox's settings. */
    static TestStack start(Duration acknowledgementHold, Consumer<VmsFlowConfiguration> tweak,
                           UnaryOperator<LocalStack.Options> options) {
        TestDatabase database = TestDatabase.create();
        try {
            return new TestStack(database, LocalStack.start(options.apply(LocalStack.Options.forTest(
                    Path.of("..", "config", "local.yml"), database.jdbcUrl(), config -> {
                        config.clients.forEach(c -> c.acknowledgementHold = acknowledgementHold);
                        config.sync.pollInterval = Duration.milliseconds(300);
                        tweak.accept(config);
                    }))));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        local.close();
        database.close();
    }
}
