package com.vmsflow.replay;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the histories of test runs as replay fixtures: set {@code -Dvmsflow.recordHistories=<folder>} (the
 * README names the command) and every workflow a workflow test ran is written there, one JSON file per run.
 */
public final class Histories {

    private static final String FOLDER = System.getProperty("vmsflow.recordHistories", "");

    private Histories() {
    }

    public static boolean recording() {
        return !FOLDER.isBlank();
    }

    /** Writes the history of one run (runId null: the latest) when recording. */
    public static void record(WorkflowClient client, String workflowId, String runId, String name) {
        if (!recording()) {
            return;
        }
        try {
            Path folder = Path.of(FOLDER);
            Files.createDirectories(folder);
            String json = runId == null ? client.fetchHistory(workflowId).toJson(false)
                    : client.fetchHistory(workflowId, runId).toJson(false);
            Files.writeString(folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
