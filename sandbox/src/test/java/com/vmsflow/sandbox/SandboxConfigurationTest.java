package com.vmsflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.PostingMode;
import com.vmsflow.einvoice.Gstin;
import com.vmsflow.json.Json;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

class SandboxConfigurationTest {

    @Test
    void everySettingHasADefault() {
        SandboxConfiguration configuration = new SandboxConfiguration();

        HttpConnectorFactory connector = (HttpConnectorFactory)
                ((SimpleServerFactory) configuration.getServerFactory()).getConnector();
        assertThat(connector.getPort()).isEqualTo(8090);
        assertThat(configuration.ajio.tokenTtl).isEqualTo(Duration.minutes(30));
        assertThat(Gstin.isValid(configuration.ajio.buyerGstin)).isTrue();
        assertThat(configuration.ajio.rsiAcceptancesPerSecond).isEqualTo(5);
        assertThat(configuration.ajio.inventoryBatchSize).isEqualTo(50);
        assertThat(configuration.ajio.inventoryCallsPerSecond).isEqualTo(5);
        assertThat(configuration.ajio.rtoDelay).isEqualTo(Duration.seconds(5));
        assertThat(configuration.lostResponseDelay).isEqualTo(Duration.seconds(15));
        assertThat(configuration.erp.clients).isEmpty();
    }

    @Test
    void itIsReadFromYaml() throws Exception {
        YamlConfigurationFactory<SandboxConfiguration> factory = new YamlConfigurationFactory<>(
                SandboxConfiguration.class, Validation.buildDefaultValidatorFactory().getValidator(),
                Json.configure(Jackson.newObjectMapper()), "dw");

        SandboxConfiguration configuration = factory.build(new ResourceConfigurationSourceProvider(),
                "sandbox-test.yml");

        assertThat(configuration.faultSeed).isEqualTo(42L);
        assertThat(configuration.ajio.sellers).singleElement().satisfies(s -> assertThat(s.sellerId).isEqualTo("s1"));
        assertThat(configuration.erp.clients).singleElement().satisfies(client -> {
            assertThat(client.mode).isEqualTo(PostingMode.PULL);
            assertThat(client.invoiceDelay).isEqualTo(Duration.milliseconds(500));
            assertThat(client.pollInterval).isEqualTo(Duration.seconds(1));
        });
        assertThat(((SimpleServerFactory) configuration.getServerFactory()).getApplicationContextPath())
                .isEqualTo("/");
    }
}
