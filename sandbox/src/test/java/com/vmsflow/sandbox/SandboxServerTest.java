package com.vmsflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxServerTest {

    @Test
    void twoSandboxesRunSideBySideOnFreePorts() {
        try (SandboxServer one = SandboxServer.start(SandboxConfiguration.defaults(0));
             SandboxServer two = SandboxServer.start(SandboxConfiguration.defaults(0))) {
            assertThat(one.port()).isPositive().isNotEqualTo(two.port());
            SandboxClient first = new SandboxClient(one.baseUrl());
            SandboxClient second = new SandboxClient(two.baseUrl());

            first.createOrder("seller-1", new com.vmsflow.sandbox.ajio.order.NewOrderLine("SKU", 1,
                    new java.math.BigDecimal("100")));

            assertThat(first.calls(null, null).counts().byOperation()).isEmpty();
            assertThatThrownBy(() -> second.order("seller-1", "FL1000001"))
                    .isInstanceOfSatisfying(SandboxClientException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_FOUND"));
            assertThat(new Api(one.baseUrl()).get("/admin/healthcheck", null).status()).isEqualTo(200);
        }
    }

    @Test
    void refusesBadInputInTheContractsErrorShape() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfiguration.defaults(0))) {
            Api api = new Api(sandbox.baseUrl());

            Api.Reply unknownPath = api.get("/ajio/v1/nothing-here", null);
            Api.Reply notJson = api.postRaw("/rms/v1/e-invoices", "{not json");

            assertThat(unknownPath.status()).isEqualTo(404);
            assertThat(unknownPath.errorCode()).isEqualTo("NOT_FOUND");
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.errorCode()).isEqualTo("MALFORMED_REQUEST");
        }
    }

    @Test
    void refusesAnInvalidConfiguration() {
        SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
        configuration.qrSigningSecret = "too short";

        assertThatThrownBy(() -> SandboxServer.start(configuration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qrSigningSecret");
    }
}
