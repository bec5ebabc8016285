package com.vmsflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void theAdminPortReportsPostgresqlAndTemporalHealthy() {
        Api.Answer answer = gateway.admin().get("/healthcheck", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("postgresql").path("healthy").asBoolean()).isTrue();
        assertThat(answer.json().path("temporal").path("healthy").asBoolean()).isTrue();
    }
}
