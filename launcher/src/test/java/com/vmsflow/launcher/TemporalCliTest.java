package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Temporal CLI is kept, and what a machine without Go hears. */
class TemporalCliTest {

    @TempDir
    Path cache;

    @Test
    void builtOncePerMachineIntoTheUsersCacheUnderItsVersion() {
        assertThat(TemporalCli.binary(Map.of("VMSFLOW_CACHE", cache.toString())))
                .isEqualTo(cache.resolve("temporal-cli").resolve(TemporalCli.VERSION).resolve("temporal"));
        assertThat(TemporalCli.binary(Map.of("XDG_CACHE_HOME", "/var/cache/me")))
                .isEqualTo(Path.of("/var/cache/me/vmsflow/temporal-cli", TemporalCli.VERSION, "temporal"));
    }

    @Test
    void aBinaryTheEnvironmentNamesIsUsedAsItIs() {
        assertThat(TemporalCli.built(Map.of("VMSFLOW_TEMPORAL_CLI", "/opt/temporal/bin/temporal")))
                .contains(Path.of("/opt/temporal/bin/temporal"));
    }

    @Test
    void aBuiltBinaryIsTakenWithoutGo() throws Exception {
        Path binary = TemporalCli.binary(Map.of("VMSFLOW_CACHE", cache.toString()));
        Files.createDirectories(binary.getParent());
        Files.writeString(binary, "#!/bin/sh\n");
        binary.toFile().setExecutable(true);

        TemporalCli.Availability cli = TemporalCli.ensure(Map.of("VMSFLOW_CACHE", cache.toString(), "PATH", ""),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(cli.binary()).isEqualTo(binary);
    }

    @Test
    void withoutGoItSaysSoInOneLineAndBuildsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, String> noGo = Map.of("VMSFLOW_CACHE", cache.toString(), "PATH", cache.toString());
        TemporalCli.Availability cli = TemporalCli.ensure(noGo, new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        assertThat(cli.available()).isFalse();
        assertThat(cli.whyNot()).contains("Go is not on this machine").doesNotContain("\n");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(cache.resolve("temporal-cli")).doesNotExist();
    }
}
