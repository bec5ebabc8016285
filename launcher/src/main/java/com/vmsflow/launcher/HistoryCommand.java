package com.vmsflow.launcher;

import com.vmsflow.config.TemporalSettings;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.temporal.TemporalConnection;
import com.vmsflow.temporal.WorkflowImplementations;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./vmsflow history}: export a workflow's history from a Temporal server to a file, and replay history files
 * against this build's workflow code (before a deploy: export recent production histories, replay them here).
 */
@Command(name = "history", description = "Export workflow histories and replay them against this build.",
        subcommands = {HistoryCommand.Export.class, HistoryCommand.Replay.class})
final class HistoryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "export", description = "Write a workflow's history as JSON, e.g. export order:demo-rms:FL1000001")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", description = "workflow id")
        String workflowId;

        @Option(names = "--run-id", description = "a run other than the latest")
        String runId;

        @Option(names = "--out", description = "file to write (default: <workflow id>.json)")
        Path out;

        @Option(names = "--address", description = "Temporal frontend (default: $TEMPORAL_ADDRESS or 127.0.0.1:7233)")
        String address;

        @Option(names = "--namespace", description = "namespace (default: $TEMPORAL_NAMESPACE or default)")
        String namespace;

        @Override
        public Integer call() throws Exception {
            TemporalSettings settings = new TemporalSettings();
            settings.address = firstOf(address, System.getenv("TEMPORAL_ADDRESS"), "127.0.0.1:7233");
            settings.namespace = firstOf(namespace, System.getenv("TEMPORAL_NAMESPACE"), "default");
            settings.apiKey = System.getenv("TEMPORAL_API_KEY");
            try (TemporalConnection temporal = TemporalConnection.open(settings)) {
                WorkflowExecutionHistory history = runId == null ? temporal.client().fetchHistory(workflowId)
                        : temporal.client().fetchHistory(workflowId, runId);
                Path file = out != null ? out : Path.of(workflowId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, history.toJson(false));
                System.out.println("wrote " + history.getEvents().size() + " events of " + workflowId + " to " + file);
            }
            return 0;
        }
    }

    @Command(name = "replay", description = "Replay history files (or folders of them) against this build's code")
    static final class Replay implements Callable<Integer> {
        @Parameters(description = "history files or folders")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            int failed = 0;
            try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                    .setWorkflowClientOptions(io.temporal.client.WorkflowClientOptions.newBuilder()
                            .setDataConverter(DataConverters.vmsflow()).build()).build())) {
                Worker worker = env.newWorker("replay");
                worker.registerWorkflowImplementationTypes(WorkflowImplementations.array());
                for (Path file : files()) {
                    try {
                        WorkflowReplayer.replayWorkflowExecution(
                                WorkflowExecutionHistory.fromJson(Files.readString(file)), worker);
                        System.out.println("replays   " + file);
                    } catch (Exception | Error e) {
                        failed++;
                        System.out.println("FAILS     " + file + ": " + e.getMessage());
                    }
                }
            }
            System.out.println(failed == 0 ? "every history replays" : failed + " histories do not replay");
            return failed == 0 ? 0 : 1;
        }

        private List<Path> files() throws java.io.IOException {
            List<Path> files = new java.util.ArrayList<>();
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (var list = Files.list(path)) {
                        list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                    }
                } else {
                    files.add(path);
                }
            }
            return files;
        }
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
