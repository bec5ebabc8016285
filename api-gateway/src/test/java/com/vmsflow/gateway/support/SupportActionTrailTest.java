package com.vmsflow.gateway.support;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.OrderStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The support-action trail of an order the client does not have is 404, as the order itself is (API.md). */
class SupportActionTrailTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void anOrderWithoutSupportActionsHasAnEmptyTrail() {
        gateway.startOrder(ERP_CLIENT, "ST-1", Map.of("TSHIRT-M", 1));
        gateway.recordOrder(ERP_CLIENT, "ST-2", OrderStatus.COMPLETED, List.of());

        Api.Answer running = gateway.api().get(trail(ERP_CLIENT, "ST-1"), SUPPORT_KEY);
        Api.Answer archived = gateway.api().get(trail(ERP_CLIENT, "ST-2"), SUPPORT_KEY);

        assertThat(running.status()).isEqualTo(200);
        assertThat(running.json().isArray()).isTrue();
        assertThat(running.json()).isEmpty();
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
    }

    @Test
    void theTrailOfAnOrderTheClientDoesNotHaveIsNotFound() {
        gateway.startOrder(ERP_CLIENT, "ST-3", Map.of("TSHIRT-M", 1));

        for (String path : List.of(trail(ERP_CLIENT, "ST-NO-SUCH-ORDER"), trail("no-such-client", "ST-3"),
                trail(RMS_CLIENT, "ST-3"))) {
            Api.Answer answer = gateway.api().get(path, SUPPORT_KEY);

            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("NOT_FOUND");
        }
    }

    private static String trail(String clientId, String orderId) {
        return "/v1/clients/" + clientId + "/orders/" + orderId + "/support-actions";
    }
}
