package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.vmsflow.config.VmsFlowConfiguration;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.FileAppenderFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The local run's terminal shows what a person reads; its logs, complete, are in the file it names. */
class LocalLogsTest {

    private static final Path LOCAL = Path.of("..", "config", "local.yml");

    @TempDir
    Path dir;

    private final PrintStream out = System.out;

    @AfterEach
    void restore() {
        System.setOut(out);
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.reset();
        logback.start(); // each test stops it to flush the file appender, which writes asynchronously
    }

    @Test
    void everyLogLineGoesToTheFileAtTheConfiguredLevelsAndNoneToTheTerminal() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        Path file = dir.resolve("logs").resolve("local.log");

        LocalLogs.start(LOCAL, file);
        LoggerFactory.getLogger("org.eclipse.jetty.server.Server").debug("jetty start-up detail");
        LoggerFactory.getLogger("org.eclipse.jetty.server.Server").warn("jetty warning");
        LoggerFactory.getLogger("com.vmsflow.demo").info("order FL1 completed");
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEmpty();
        String logs = Files.readString(file);
        assertThat(logs).contains("INFO  [", "com.vmsflow.demo: order FL1 completed", "jetty warning")
                .doesNotContain("jetty start-up detail");
    }

    @Test
    void aResetWhenTheGatewayStopsKeepsTheLogsInTheFile() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        Path file = dir.resolve("local.log");
        VmsFlowConfiguration config = Configs.load(LOCAL, Map.of());
        LocalLogs.toFile(config, file);
        config.getLoggingFactory().configure(new com.codahale.metrics.MetricRegistry(), "test");

        config.getLoggingFactory().reset();
        LoggerFactory.getLogger("io.temporal.testserver.TestServer").warn("shutting down");
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(file)).contains("io.temporal.testserver.TestServer: shutting down");
    }

    @Test
    void theStacksConfigurationLogsToTheFileInTheConsolesFormat() {
        VmsFlowConfiguration config = Configs.load(LOCAL, Map.of());
        DefaultLoggingFactory logging = (DefaultLoggingFactory) config.getLoggingFactory();
        String consoleFormat = ((io.dropwizard.logging.common.ConsoleAppenderFactory<?>) logging.getAppenders().get(0))
                .getLogFormat();

        LocalLogs.toFile(config, dir.resolve("local.log"));

        DefaultLoggingFactory toFile = (DefaultLoggingFactory) config.getLoggingFactory();
        assertThat(toFile.getLevel()).isEqualTo(logging.getLevel());
        assertThat(toFile.getLoggers()).isEqualTo(logging.getLoggers()).containsKey("org.eclipse.jetty");
        assertThat(toFile.getAppenders()).singleElement().isInstanceOfSatisfying(FileAppenderFactory.class, file -> {
            assertThat(file.getCurrentLogFilename()).isEqualTo(dir.resolve("local.log").toAbsolutePath().toString());
            assertThat(file.isArchive()).isFalse();
            assertThat(file.getLogFormat()).isEqualTo(consoleFormat).contains("workflow=");
            assertThat(file.getFilterFactories()).singleElement()
                    .isInstanceOf(com.vmsflow.temporal.UpdateRefusalLogFilterFactory.class);
        });
    }
}
