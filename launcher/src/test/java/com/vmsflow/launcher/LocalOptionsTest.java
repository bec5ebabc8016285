package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ./vmsflow local} listens on the documented ports, or on others the environment names. */
class LocalOptionsTest {

    private static final Path CONFIG = Path.of("..", "config", "local.yml");

    @Test
    void theDocumentedPortsByDefault() {
        LocalStack.Options options = LocalStack.Options.local(CONFIG, Map.of());

        assertThat(options.temporalPort()).isEqualTo(7233);
        assertThat(options.sandboxPort()).isEqualTo(8090);
        assertThat(options.gatewayPort()).isEqualTo(8080);
        assertThat(options.gatewayAdminPort()).isEqualTo(8081);
        assertThat(options.temporalUiPort()).as("Temporal Web").isEqualTo(8233);
        assertThat(options.temporal()).isEqualTo(TemporalServer.Choice.AUTO);
    }

    @Test
    void otherPortsFromTheEnvironmentSoThatASecondStackRunsBesideTheFirst() {
        LocalStack.Options options = LocalStack.Options.local(CONFIG, Map.of("TEMPORAL_PORT", "17233",
                "SANDBOX_PORT", "18090", "GATEWAY_PORT", "18080", "GATEWAY_ADMIN_PORT", "18081"));

        assertThat(options.temporalPort()).isEqualTo(17233);
        assertThat(options.sandboxPort()).isEqualTo(18090);
        assertThat(options.gatewayPort()).isEqualTo(18080);
        assertThat(options.gatewayAdminPort()).isEqualTo(18081);
        assertThat(options.temporalUiPort()).as("Temporal Web beside its server").isEqualTo(18233);
        assertThatThrownBy(() -> LocalStack.Options.local(CONFIG, Map.of("GATEWAY_PORT", "eighty")))
                .hasMessageContaining("GATEWAY_PORT");
    }

    @Test
    void theTemporalToRunIsChosenByName() {
        assertThat(TemporalServer.Choice.parse("dev-server")).isEqualTo(TemporalServer.Choice.DEV_SERVER);
        assertThat(TemporalServer.Choice.parse("test-server")).isEqualTo(TemporalServer.Choice.TEST_SERVER);
        assertThat(TemporalServer.Choice.parse(null)).isEqualTo(TemporalServer.Choice.AUTO);
        assertThat(LocalStack.Options.local(CONFIG, Map.of()).withTemporal(TemporalServer.Choice.TEST_SERVER)
                .temporal()).isEqualTo(TemporalServer.Choice.TEST_SERVER);
        assertThatThrownBy(() -> TemporalServer.Choice.parse("cloud")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The test run's JVMs side by side (surefire's forks) hand out ports from slices that never overlap. */
    @Test
    void eachForkTakesItsOwnSliceOfFreePortsBelowTheEphemeralRange() {
        int[] all = LocalStack.portRange(0);
        int previousEnd = all[0];
        for (int fork = 1; fork <= 4; fork++) {
            int[] slice = LocalStack.portRange(fork);
            assertThat(slice[0]).as("fork %d starts where the one before ends", fork).isEqualTo(previousEnd);
            assertThat(slice[1]).as("fork %d", fork).isGreaterThan(slice[0] + 1_000).isLessThanOrEqualTo(all[1]);
            previousEnd = slice[1];
        }
        assertThat(all[1]).as("below Linux's ephemeral range").isLessThanOrEqualTo(32_768);
        assertThat(LocalStack.portRange(9)).as("a fork number beyond the slices: all ports").containsExactly(all);
    }
}
