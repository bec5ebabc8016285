package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.OrderStatus;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AjioManifestTest {

    private AjioFlow ajio;

    @BeforeEach
    void newSeller() {
        ajio = new AjioFlow(TestSandbox.shared());
    }

    @Test
    void aManifestHoldsAtMost250Shipments() {
        List<String> ids = IntStream.rangeClosed(1, 251).mapToObj(i -> "FLX" + i).toList();

        Api.Reply tooMany = manifest(ids);
        Api.Reply full = manifest(ids.subList(0, 250));

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.errorCode()).isEqualTo("TOO_MANY_SHIPMENTS");
        // 250 pass the size check and are then looked up: these shipments do not exist
        assertThat(full.status()).isEqualTo(404);
        assertThat(full.errorCode()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void everyShipmentMustBeInvoiced() {
        String ready = ajio.order(line("SKU-A", 1, "10.00"));
        String notInvoiced = ajio.order(line("SKU-A", 1, "10.00"));
        ajio.invoiceAll(ready);
        ajio.acknowledgeAll(notInvoiced);

        Api.Reply reply = manifest(List.of(ready, notInvoiced));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorCode()).isEqualTo("SHIPMENT_NOT_READY");
        assertThat(ajio.detail(ready).manifestId()).isNull();
    }

    @Test
    void aShipmentGoesOnOneManifestOnly() {
        String first = ajio.order(line("SKU-A", 1, "10.00"));
        String second = ajio.order(line("SKU-A", 1, "10.00"));
        String third = ajio.order(line("SKU-A", 1, "10.00"));
        List.of(first, second, third).forEach(ajio::invoiceAll);

        Api.Reply created = manifest(List.of(second, first));
        Api.Reply sameAgain = manifest(List.of(first, second));
        Api.Reply overlapping = manifest(List.of(third, first));
        Api.Reply cancellation = ajio.post("/orders/" + first + "/cancellation",
                Map.of("lines", List.of(new LineQuantity("1", 1)), "reason", "LATE"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(sameAgain.status()).isEqualTo(201);
        assertThat(sameAgain.body().get("manifestId")).isEqualTo(created.body().get("manifestId"));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.errorCode()).isEqualTo("ALREADY_MANIFESTED");
        assertThat(cancellation.errorCode()).isEqualTo("ALREADY_MANIFESTED");
        assertThat(ajio.detail(first).status()).isEqualTo(OrderStatus.MANIFESTED);
        assertThat(ajio.detail(third).manifestId()).isNull();
        String key = String.join(",", List.of(first, second).stream().sorted().toList());
        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "createManifest").counts();
        assertThat(counts.businessKey("createManifest", key)).isEqualTo(2);
        assertThat(counts.applied("createManifest", key)).isEqualTo(1);
    }

    private Api.Reply manifest(List<String> shipmentIds) {
        return ajio.post("/manifests", Map.of("courier", "Delhivery", "shipmentIds", shipmentIds));
    }

}
