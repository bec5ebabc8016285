package com.vmsflow.gateway.auth;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String A_ORDER = "/v1/clients/" + ERP_CLIENT + "/orders/FL-A-1";
    private static final String B_ORDER = "/v1/clients/" + RMS_CLIENT + "/orders/FL-B-1";

    @BeforeAll
    static void orders() {
        gateway.startOrder(ERP_CLIENT, "FL-A-1", Map.of("TSHIRT-M", 2));
        gateway.startOrder(RMS_CLIENT, "FL-B-1", Map.of("JEANS-32", 1));
    }

    @Test
    void noKeyIsUnauthenticated() {
        Api.Answer answer = gateway.api().get(A_ORDER, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void unknownKeyIsUnauthenticated() {
        Api.Answer answer = gateway.api().get(A_ORDER, "no-such-key");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aKeyInAnotherSchemeOrAnEmptyOneIsUnauthenticated() {
        Api.Answer basic = gateway.api().getAuthorized(A_ORDER, "Basic " + SELLER_KEY);
        Api.Answer empty = gateway.api().getAuthorized(A_ORDER, "Bearer ");
        Api.Answer lowerCase = gateway.api().getAuthorized(A_ORDER, "bearer " + SELLER_KEY);

        assertThat(List.of(basic.status(), empty.status())).containsOnly(401);
        assertThat(lowerCase.status()).isEqualTo(200);
    }

    @Test
    void aRoleNotAllowedIsForbidden() {
        Api.Answer answer = gateway.api().post(A_ORDER + "/pack", ERP_KEY,
                Map.of("lines", List.of(Map.of("sku", "TSHIRT-M", "packed", 2, "notFound", 0, "damaged", 0))));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherClientsKeyGetsTheSameNotFoundForOrdersThatExistAndOrdersThatDoNot() {
        Api.Answer existing = gateway.api().get(B_ORDER, SELLER_KEY);
        Api.Answer missing = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders/NO-SUCH-ORDER", SELLER_KEY);

        assertThat(existing.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(existing.code()).isEqualTo("NOT_FOUND");
        assertThat(existing.body()).isEqualTo(missing.body());
    }

    @Test
    void anotherClientsKeyCannotWrite() {
        Api.Answer answer = gateway.api().post(B_ORDER + "/cancellations", SELLER_KEY,
                Map.of("kind", "FULL", "reason", "customer asked"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(gateway.api().get(B_ORDER, RMS_SELLER_KEY).json().path("status").asText()).isEqualTo("PROCESSING");
    }

    @Test
    void eachRoleOfTheClientReadsItsOrders() {
        for (String key : List.of(ERP_KEY, WAREHOUSE_KEY, SELLER_KEY)) {
            assertThat(gateway.api().get(A_ORDER, key).status()).as(key).isEqualTo(200);
        }
    }

    @Test
    void aSupportKeySpansClients() {
        assertThat(gateway.api().get(A_ORDER, SUPPORT_KEY).status()).isEqualTo(200);
        assertThat(gateway.api().get(B_ORDER, SUPPORT_KEY).status()).isEqualTo(200);
    }

    @Test
    void aClientTheGatewayDoesNotServeIsNotFoundForASupportKeyToo() {
        for (String path : List.of("/v1/clients/no-such-client/orders", "/v1/clients/no-such-client/returns",
                "/v1/clients/no-such-client/orders/A-1")) {
            Api.Answer answer = gateway.api().get(path, SUPPORT_KEY);

            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(gateway.api().post("/v1/clients/no-such-client/orders/A-1/cancellations", SUPPORT_KEY,
                Map.of("kind", "FULL", "reason", "none")).status()).isEqualTo(404);
    }
}
