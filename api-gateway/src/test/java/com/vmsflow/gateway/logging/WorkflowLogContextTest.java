package com.vmsflow.gateway.logging;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.testing.CapturedLogs;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

class WorkflowLogContextTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aRequestsLogLinesCarryTheWorkflowIdOfItsOrderAndNoKey() {
        gateway.startOrder(RMS_CLIENT, "LG-1", Map.of("TSHIRT-M", 2));
        Api.Answer refused;
        ILoggingEvent line;
        try (CapturedLogs logs = CapturedLogs.of("com.vmsflow")) {
            refused = gateway.api().post("/v1/clients/" + RMS_CLIENT + "/orders/LG-1/pack", RMS_WAREHOUSE_KEY,
                    Map.of("lines", List.of(Map.of("sku", "TSHIRT-M", "packed", 1, "notFound", 0, "damaged", 0))));
            line = logs.await(e -> e.getLoggerName().equals(Updates.class.getName()), 5_000);
            assertThat(logs.events()).as("no API key in any line or its context").noneMatch(e ->
                    e.getFormattedMessage().contains(RMS_WAREHOUSE_KEY)
                            || e.getMDCPropertyMap().values().stream().anyMatch(v -> v.contains(RMS_WAREHOUSE_KEY)));
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(line.getFormattedMessage()).contains("update pack refused: VALIDATION_FAILED");
        assertThat(line.getMDCPropertyMap()).containsEntry("WorkflowId", "order:" + RMS_CLIENT + ":LG-1");
    }

    @Test
    void theIdIsSetWhenTheRequestIsMatchedAndRemovedWhenItFinishes() {
        RequestEventListener request = new WorkflowLogContext().onRequest(event(RequestEvent.Type.START, Map.of()));

        request.onEvent(event(RequestEvent.Type.REQUEST_MATCHED, Map.of("clientId", "c1", "orderId", "o1")));
        String during = MDC.get(WorkflowLogContext.KEY);
        request.onEvent(event(RequestEvent.Type.FINISHED, Map.of("clientId", "c1", "orderId", "o1")));

        assertThat(during).isEqualTo("order:c1:o1");
        assertThat(MDC.get(WorkflowLogContext.KEY)).as("the thread serves another request next").isNull();
    }

    @Test
    void aLeftoverIdFromAnEarlierRequestIsDroppedAtTheStart() {
        MDC.put(WorkflowLogContext.KEY, "order:c1:earlier");

        RequestEventListener request = new WorkflowLogContext().onRequest(event(RequestEvent.Type.START, Map.of()));
        request.onEvent(event(RequestEvent.Type.REQUEST_MATCHED, Map.of("clientId", "c1")));

        assertThat(MDC.get(WorkflowLogContext.KEY)).isNull();
    }

    @Test
    void handoversHaveTheirWorkflowAndOtherPathsNone() {
        assertThat(WorkflowLogContext.workflowId(params(Map.of("clientId", "c1", "handoverId", "h1"))))
                .contains("handover:c1:h1");
        assertThat(WorkflowLogContext.workflowId(params(Map.of("clientId", "c1")))).isEmpty();
        assertThat(WorkflowLogContext.workflowId(params(Map.of("orderId", "o1")))).isEmpty();
    }

    private static MultivaluedMap<String, String> params(Map<String, String> values) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        values.forEach(params::putSingle);
        return params;
    }

    /** A Jersey request event of this type whose matched path has these parameters. */
    private static RequestEvent event(RequestEvent.Type type, Map<String, String> pathParameters) {
        ExtendedUriInfo uriInfo = (ExtendedUriInfo) Proxy.newProxyInstance(
                WorkflowLogContextTest.class.getClassLoader(), new Class<?>[] {ExtendedUriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathParameters" -> params(pathParameters);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (RequestEvent) Proxy.newProxyInstance(WorkflowLogContextTest.class.getClassLoader(),
                new Class<?>[] {RequestEvent.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getType" -> type;
                    case "getUriInfo" -> uriInfo;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
