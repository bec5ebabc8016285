package com.vmsflow.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.codahale.metrics.MetricRegistry;
import com.vmsflow.config.VmsFlowConfiguration;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.BootstrapLogging;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.FileAppenderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local run's logs: complete, in one file, so that the terminal shows only what a person reads there (where each
 * part listens, the demo's progress, the summary). The configuration's levels and line format stay as they are.
 */
public final class LocalLogs {

    public static final Path FILE = Path.of(".vmsflow", "logs", "local.log");
    /** The Temporal dev server's own log, when the local run starts one. */
    static final Path TEMPORAL_FILE = Path.of(".vmsflow", "logs", "temporal.log");
    /** The bench's: its terminal is for its progress and its table. */
    public static final Path BENCH_FILE = Path.of(".vmsflow", "logs", "bench.log");

    private LocalLogs() {
    }

    /**
     * Sends every log line to a new {@code logFile} from now on, before any part starts: until then logback's
     * default prints everything at DEBUG on the terminal.
     */
    public static void start(Path configFile, Path logFile) {
        BootstrapLogging.bootstrap(Level.WARN); // while the configuration itself is read
        try {
            Files.deleteIfExists(logFile); // each run's own
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a new " + logFile, e);
        }
        VmsFlowConfiguration config = Configs.load(configFile, Map.of());
        toFile(config, logFile);
        config.getLoggingFactory().configure(new MetricRegistry(), "vmsflow-local");
    }

    /** The configuration's logging, levels kept, to {@code logFile} with the format and filters of its first one. */
    public static void toFile(VmsFlowConfiguration config, Path logFile) {
        DefaultLoggingFactory configured = (DefaultLoggingFactory) config.getLoggingFactory();
        FileAppenderFactory<ILoggingEvent> file = new FileAppenderFactory<>();
        file.setCurrentLogFilename(logFile.toAbsolutePath().toString());
        file.setArchive(false);
        configured.getAppenders().stream().findFirst()
                .filter(AbstractAppenderFactory.class::isInstance)
                .map(appender -> (AbstractAppenderFactory<ILoggingEvent>) appender)
                .ifPresent(first -> {
                    file.setLogFormat(first.getLogFormat());
                    file.setFilterFactories(first.getFilterFactories());
                });
        FileOnly logging = new FileOnly();
        logging.setLevel(configured.getLevel());
        logging.setLoggers(configured.getLoggers());
        logging.setAppenders(List.<AppenderFactory<ILoggingEvent>>of(file));
        config.setLoggingFactory(logging);
    }

    /**
     * Stays on the file when reset: the gateway's test support resets logging to the terminal when it stops, while
     * the rest of the stack still logs its own stopping.
     */
    private static final class FileOnly extends DefaultLoggingFactory {
        @Override
        public void reset() {
            configure(new MetricRegistry(), "vmsflow-local");
        }
    }
}
