package com.vmsflow.gateway.returns;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.ReturnStandIns.calls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.ReturnStandIns;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support's hand on a return an outside system refused, as on an order: the return waits for support with the
 * reason, support retries (or skips) the step through {@code POST /returns/{r}/support-actions}, and every request,
 * refused ones too, is in the trail.
 */
class ReturnSupportActionsTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static String path(String clientId, String returnId) {
        return "/v1/clients/" + clientId + "/returns/" + returnId;
    }

    private static Map<String, Object> action(String action, String reason) {
        return Map.of("action", action, "reason", reason);
    }

    @Test
    void aReturnWhoseQcAjioRefusedWaitsForSupportWhoRetriesIt() {
        ReturnStandIns.REFUSE_QC_ONCE.add("RS-1");
        ReturnWorkflow workflow = ReturnStandIns.startReturn(gateway.workflows(), ERP_CLIENT, "RS-1", "FO-RS-1",
                ReturnType.CUSTOMER_RETURN, Map.of("TSHIRT-M", 1));
        assertThat(gateway.api().post(path(ERP_CLIENT, "RS-1") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1, "qc", "PASS")))).status())
                .isEqualTo(202);
        ReturnStandIns.await(workflow, s -> s.stuckStep() != null, "waiting for support");

        JsonNode stuck = gateway.api().get(path(ERP_CLIENT, "RS-1"), SUPPORT_KEY).json();
        assertThat(stuck.path("waitingFor").asText()).isEqualTo("SUPPORT");
        assertThat(stuck.path("problem").asText()).isEqualTo("Send the QC to Ajio: Ajio refused the QC of RS-1"
                + " (422 RETURN_CLOSED)");
        assertThat(gateway.api().post(path(ERP_CLIENT, "RS-1") + "/support-actions", SELLER_KEY,
                action("RETRY", "fixed")).code()).as("support's alone").isEqualTo("FORBIDDEN");

        Api.Answer retry = gateway.api().post(path(ERP_CLIENT, "RS-1") + "/support-actions", SUPPORT_KEY,
                action("RETRY", "Ajio reopened the return"));

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().path("returnId").asText()).isEqualTo("RS-1");
        ReturnStandIns.await(workflow, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "the QC at Ajio");
        assertThat(calls("updateQc RS-1")).as("asked again").isEqualTo(2);

        Api.Answer nothing = gateway.api().post(path(ERP_CLIENT, "RS-1") + "/support-actions", SUPPORT_KEY,
                action("SKIP", "by hand"));
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.code()).isEqualTo("NOT_AWAITING");
        JsonNode trail = gateway.api().get(path(ERP_CLIENT, "RS-1") + "/support-actions", SUPPORT_KEY).json();
        assertThat(trail).extracting(e -> e.path("action").asText() + " " + e.path("outcome").asText())
                .containsExactly("RETRY ACCEPTED", "SKIP REFUSED");
        assertThat(trail.get(1).path("refusalMessage").asText()).isEqualTo("no refused step to skip");
        assertThat(workflow.state().supportActions()).singleElement()
                .satisfies(a -> assertThat(a.step()).isEqualTo("Send the QC to Ajio"));
    }

    @Test
    void theTrailOfAReturnTheClientDoesNotHaveIsNotFound() {
        ReturnStandIns.startReturn(gateway.workflows(), ERP_CLIENT, "RS-2", "FO-RS-2", ReturnType.CUSTOMER_RETURN,
                Map.of("TSHIRT-M", 1));

        assertThat(gateway.api().get(path(ERP_CLIENT, "RS-2") + "/support-actions", SUPPORT_KEY).json())
                .isEmpty();
        for (String trail : List.of(path(ERP_CLIENT, "RS-NO-SUCH") + "/support-actions",
                path(RMS_CLIENT, "RS-2") + "/support-actions")) {
            Api.Answer answer = gateway.api().get(trail, SUPPORT_KEY);
            assertThat(answer.status()).as(trail + ": " + answer).isEqualTo(404);
        }
        Api.Answer unknown = gateway.api().post(path(ERP_CLIENT, "RS-NO-SUCH") + "/support-actions", SUPPORT_KEY,
                action("RETRY", "?"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }
}
