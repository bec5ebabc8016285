package com.vmsflow.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./vmsflow local}: the whole system on this machine, a demo through every flow, then keeps serving. */
@Command(name = "local", description = "Run everything locally (embedded PostgreSQL and Temporal unless"
        + " DATABASE_URL / TEMPORAL_ADDRESS are set), run the demo, print a summary and keep serving.")
final class LocalCommand implements Callable<Integer> {

    @Option(names = "--exit", description = "stop after the summary; exit 1 if a demo flow failed")
    boolean exit;

    @Option(names = "--config", description = "configuration file (default: ${DEFAULT-VALUE})",
            defaultValue = "config/local.yml")
    Path config;

    @Option(names = "--no-demo", description = "start the system without running the demo")
    boolean noDemo;

    @Option(names = "--temporal", description = "which Temporal to run when TEMPORAL_ADDRESS names no cluster:"
            + " dev-server (the real Temporal server of the Temporal CLI, built with Go once per machine, Temporal Web"
            + " on 8233), test-server (the SDK's in-process test server, no visibility), or auto: the dev server where"
            + " Go can build it (default: ${DEFAULT-VALUE})", defaultValue = "auto",
            converter = ChoiceConverter.class)
    TemporalServer.Choice temporal;

    static final class ChoiceConverter implements picocli.CommandLine.ITypeConverter<TemporalServer.Choice> {
        @Override
        public TemporalServer.Choice convert(String value) {
            return TemporalServer.Choice.parse(value);
        }
    }

    @Override
    public Integer call() throws Exception {
        System.out.println("Starting VMS Flow locally (logs: " + LocalLogs.FILE + ")...");
        LocalLogs.start(config, LocalLogs.FILE);
        LocalStack stack = LocalStack.start(LocalStack.Options.local(config).withTemporal(temporal)
                .withConfiguration(c -> LocalLogs.toFile(c, LocalLogs.FILE)));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        printWhereThingsAre(stack);
        boolean allOk = true;
        if (!noDemo) {
            List<Demo.Outcome> outcomes = new Demo(new GatewayClient(stack.gatewayUrl()), stack.sandbox(),
                    System.out, Duration.ofMinutes(4)).run();
            new Summary(stack.jdbi(), stack.sandbox(), new GatewayClient(stack.gatewayUrl()))
                    .print(outcomes, System.out);
            System.out.println("Ran on " + stack.temporalKind().description() + " at " + stack.temporalAddress()
                    + stack.temporalWebUrl().map(url -> "; find an order in Temporal Web: " + url + "/namespaces/"
                    + stack.config().temporal.namespace + "/workflows?query=ChannelOrderId%3D%22<order id>%22")
                    .orElse(""));
            allOk = outcomes.stream().allMatch(Demo.Outcome::ok);
        }
        if (exit) {
            stack.close();
            return allOk ? 0 : 1;
        }
        System.out.println();
        System.out.println("VMS Flow keeps serving; Ctrl-C stops it.");
        new CountDownLatch(1).await();
        return 0;
    }

    private static void printWhereThingsAre(LocalStack stack) {
        System.out.println();
        System.out.println("  api-gateway     " + stack.gatewayUrl() + "   (OpenAPI: " + stack.gatewayUrl()
                + "/openapi.json; admin, health and metrics: http://127.0.0.1:" + stack.gatewayAdminPort() + ")");
        System.out.println("  sandbox         " + stack.sandboxUrl() + "   (Ajio, ERP, RMS; calls: "
                + stack.sandboxUrl() + "/sandbox/calls)");
        System.out.println("  Temporal        " + stack.temporalAddress() + "   (" + stack.temporalKind().description()
                + "; namespace " + stack.config().temporal.namespace + ", task queue "
                + stack.config().temporal.taskQueue + ")");
        stack.temporalWebUrl().ifPresent(url -> System.out.println("  Temporal Web    " + url + "   (log: "
                + LocalLogs.TEMPORAL_FILE.toAbsolutePath() + ")"));
        System.out.println("  PostgreSQL      " + (stack.embeddedDatabase() ? "embedded, " + stack.databaseUrl()
                : "DATABASE_URL"));
        System.out.println("  Logs            " + LocalLogs.FILE.toAbsolutePath());
        System.out.println("  API keys        dev-<erp|warehouse|seller>-<demo-erp|demo-rms|demo-cn|demo-brand>,"
                + " dev-seller-demo-partner, dev-support");
        System.out.println();
    }
}
