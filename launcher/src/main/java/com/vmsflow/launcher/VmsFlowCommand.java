package com.vmsflow.launcher;

import com.vmsflow.gateway.GatewayApplication;
import com.vmsflow.worker.WorkerApplication;
import io.dropwizard.core.Application;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./vmsflow}: the one command of VMS Flow. */
@Command(name = "vmsflow", mixinStandardHelpOptions = true,
        description = "VMS Flow: Ajio marketplace order orchestration on Temporal.",
        subcommands = {LocalCommand.class, HistoryCommand.class, VmsFlowCommand.Gateway.class,
                VmsFlowCommand.Worker.class, SandboxCommand.class, KeysCommand.class,
                com.vmsflow.launcher.bench.BenchCommand.class})
public final class VmsFlowCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new VmsFlowCommand()).execute(args));
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** A process of VMS Flow, served by Dropwizard from its configuration file. */
    abstract static class DropwizardProcess implements Callable<Integer> {
        @Parameters(index = "0", description = "the configuration file, e.g. config/docker.yml")
        String config;

        abstract Application<?> application();

        @Override
        public Integer call() throws Exception {
            return Serving.serve(application(), "server", config);
        }
    }

    @Command(name = "gateway", description = "Run the api-gateway process: gateway <config.yml>")
    static final class Gateway extends DropwizardProcess {
        @Override
        Application<?> application() {
            return new GatewayApplication();
        }
    }

    @Command(name = "worker", description = "Run the worker process: worker <config.yml>")
    static final class Worker extends DropwizardProcess {
        @Override
        Application<?> application() {
            return new WorkerApplication();
        }
    }
}
