package com.vmsflow.gateway.handover;

import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_BRAND;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_BRAND_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_PARTNER;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_PARTNER_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.InvoiceBodies;
import com.vmsflow.handover.HandoverRequest;
import com.vmsflow.handover.HandoverWorkflow;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Handovers through the gateway to the real handover workflow, which makes the manifests at the workflows module's
 * fake Ajio and tells each order, a real order workflow packed beforehand. Requests the gateway refuses before any
 * workflow starts use orders written to the read model only.
 */
class HandoverTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String HANDOVERS = "/v1/clients/" + RMS_CLIENT + "/handovers";
    /** The handovers of the B2B2C brand, whose warehouse packs the orders of its partner's marketplace account. */
    private static final String BRAND_HANDOVERS = "/v1/clients/" + B2B2C_BRAND + "/handovers";
    private static final String AWAITING_THE_BRANDS_INVOICE = "the brand's B2B2C e-invoice to " + B2B2C_PARTNER;
    private static final String WAREHOUSE_KEY = RMS_WAREHOUSE_KEY;
    /** A courier whose manifests Ajio holds back in the test that needs a handover slower than the gateway waits. */
    private static final String SLOW_COURIER = "Slow Couriers";

    private static List<String> ids(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
    }

    /** Orders whose workflows are PACKED, waiting for their handover. */
    private static List<String> packedOrders(String prefix, int count) {
        List<String> orderIds = ids(prefix, count);
        gateway.startPackedOrders(RMS_CLIENT, orderIds, "TSHIRT-M");
        return orderIds;
    }

    /** Orders the read model shows PACKED, for requests refused before a workflow is asked. */
    private static List<String> recordedPacked(String prefix, int count) {
        List<String> orderIds = ids(prefix, count);
        orderIds.forEach(orderId -> gateway.recordOrder(RMS_CLIENT, orderId, OrderStatus.PACKED, List.of()));
        return orderIds;
    }

    private static OrderState handedOver(String orderId) {
        return handedOver(RMS_CLIENT, orderId);
    }

    private static OrderState handedOver(String clientId, String orderId) {
        return gateway.awaitOrder(clientId, orderId, s -> s.status() == OrderStatus.COMPLETED,
                "COMPLETED by its handover");
    }

    /** The brand's e-invoice to its partner for the one unit packed, through the gateway; the order goes PACKED. */
    private static void invoicePartner(String orderId, String invoiceNumber) {
        Api.Answer answer = gateway.api().post("/v1/clients/" + B2B2C_BRAND + "/orders/" + orderId + "/b2b2c-invoice",
                B2B2C_ERP_KEY, InvoiceBodies.invoice(B2B2C_BRAND_GSTIN, B2B2C_PARTNER_GSTIN, invoiceNumber,
                        List.of(InvoiceBodies.line("TSHIRT-M", 1, "599.40", 5))));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        gateway.awaitPacked(B2B2C_BRAND, orderId);
    }

    /** What the gateway started the handover's workflow with. */
    private static HandoverRequest startedWith(String clientId, String handoverId) {
        var started = gateway.workflows().fetchHistory(HandoverWorkflow.idFor(clientId, handoverId)).getEvents()
                .get(0).getWorkflowExecutionStartedEventAttributes();
        return DataConverters.vmsflow().fromPayloads(0, Optional.of(started.getInput()), HandoverRequest.class,
                HandoverRequest.class);
    }

    private static Map<String, Object> handover(String handoverId, String courier, List<String> orderIds) {
        return Map.of("handoverId", handoverId, "courier", courier, "orderIds", orderIds);
    }

    @Test
    void aHandoverAnswersItsManifestsOnePer250Orders() {
        List<String> orders = packedOrders("HO1", 260);

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-1", "Delhivery", orders));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        assertThat(body.path("handoverId").asText()).isEqualTo("H-1");
        assertThat(body.path("courier").asText()).isEqualTo("Delhivery");
        assertThat(body.path("status").asText()).isEqualTo("COMPLETED");
        // Ajio names each manifest; the fake names it after the idempotency key the workflow sends (H-1/n).
        assertThat(body.path("manifests").findValuesAsText("manifestId")).containsExactly("MF-H-1/1", "MF-H-1/2");
        assertThat(body.path("manifests").get(0).path("orderIds").size()).isEqualTo(250);
        assertThat(body.path("manifests").get(1).path("orderIds").size()).isEqualTo(10);
        assertThat(body.path("manifests").get(1).path("orderIds").get(9).asText()).isEqualTo("HO1-260");
        assertThat(answer.header("Location")).endsWith(HANDOVERS + "/H-1");
        assertThat(handedOver("HO1-1").manifestId()).isEqualTo("MF-H-1/1");
        assertThat(handedOver("HO1-260").manifestId()).isEqualTo("MF-H-1/2");
    }

    @Test
    void theSameHandoverAgainAnswersAsTheFirstTime() {
        List<String> orders = packedOrders("HO2", 2);
        Api.Answer first = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-2", "Delhivery", orders));

        Api.Answer again = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-2", "Delhivery", List.of(orders.get(1), orders.get(0))));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(handedOver("HO2-1").manifestId()).isEqualTo("MF-H-2/1");
    }

    @Test
    void aHandoverIdTakenByAnotherHandoverIsAConflict() {
        List<String> orders = packedOrders("HO3", 3);
        Api.Answer first = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-3", "Delhivery", orders.subList(0, 2)));

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-3", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("message").asText()).contains("H-3");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(gateway.orderState(RMS_CLIENT, "HO3-3").status())
                .as("not on any handover").isEqualTo(OrderStatus.PACKED);
    }

    @Test
    void ordersOnAHandoverStillAtAjioAreAConflictNamingItAndOnceHandedOverAreNotAwaiting() {
        List<String> orders = packedOrders("HO4", 3);
        gateway.holdManifestsOf(SLOW_COURIER);
        Api.Answer first;
        Api.Answer answer;
        try {
            // H-4 is at Ajio: its order HO4-2 is still PACKED, taken by H-4.
            first = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-4", SLOW_COURIER, orders.subList(1, 2)));
            answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-5", "Bluedart", orders));
        } finally {
            gateway.releaseManifestsOf(SLOW_COURIER);
        }

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("details").size()).isEqualTo(1);
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HO4-2 is on handover H-4");
        assertThat(gateway.orderState(RMS_CLIENT, "HO4-1").status())
                .as("the refused handover told no order").isEqualTo(OrderStatus.PACKED);

        assertThat(handedOver("HO4-2").manifestId()).isEqualTo("MF-H-4/1");
        Api.Answer late = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-6", "Bluedart", orders));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("NOT_AWAITING");
        assertThat(late.detail("orderIds[1]")).isEqualTo("order HO4-2 is COMPLETED, not PACKED");
    }

    @Test
    void unknownOrdersAreInvalid() {
        List<String> orders = new ArrayList<>(recordedPacked("HO6", 1));
        orders.add("HO6-NONE");

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-6", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.detail("orderIds[1]")).isEqualTo("unknown order");
    }

    @Test
    void ordersNotPackedAreNotAwaitingAHandover() {
        List<String> orders = new ArrayList<>(recordedPacked("HO7", 1));
        gateway.recordOrder(RMS_CLIENT, "HO7-PROCESSING", OrderStatus.PROCESSING, List.of());
        orders.add("HO7-PROCESSING");

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-7", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HO7-PROCESSING is PROCESSING, not PACKED");
    }

    @Test
    void aSlowHandoverAnswersInProgressAndIsReadLater() {
        List<String> orders = packedOrders("HO8", 2);
        gateway.holdManifestsOf(SLOW_COURIER);

        Api.Answer answer;
        Api.Answer meanwhile;
        try {
            answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-8", SLOW_COURIER, orders));
            meanwhile = gateway.api().get(HANDOVERS + "/H-8", SUPPORT_KEY);
        } finally {
            gateway.releaseManifestsOf(SLOW_COURIER);
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(meanwhile.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(meanwhile.json().path("manifests").size()).as("none made yet").isZero();
        Api.Answer later = meanwhile;
        long deadline = System.currentTimeMillis() + 10_000;
        while (!later.json().path("status").asText().equals("COMPLETED") && System.currentTimeMillis() < deadline) {
            sleep();
            later = gateway.api().get(HANDOVERS + "/H-8", RMS_SELLER_KEY);
        }
        assertThat(later.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(later.json().path("manifests").get(0).path("orderIds").size()).isEqualTo(2);
        assertThat(handedOver("HO8-2").manifestId()).isEqualTo("MF-H-8/1");
    }

    @Test
    void anUnknownHandoverIsNotFound() {
        Api.Answer answer = gateway.api().get(HANDOVERS + "/H-NONE", WAREHOUSE_KEY);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theBodyIsChecked() {
        List<String> tooMany = IntStream.range(0, 2001).mapToObj(i -> "X-" + i).toList();

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                Map.of("handoverId", "no spaces please", "orderIds", List.of("A", "B", "A")));
        Api.Answer big = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-9", "Delhivery", tooMany));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("handoverId")).isEqualTo("must be 1 to 64 of A-Z, a-z, 0-9, _ and -");
        assertThat(answer.detail("courier")).isEqualTo("must not be blank");
        assertThat(answer.detail("orderIds[2]")).isEqualTo("appears more than once");
        assertThat(big.detail("orderIds")).isEqualTo("size must be between 1 and 2000");
    }

    @Test
    void anotherClientsOrdersAreUnknown() {
        gateway.recordOrder(ERP_CLIENT, "HO10-1", OrderStatus.PACKED, List.of());

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-10", "Delhivery", List.of("HO10-1")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("orderIds[0]")).isEqualTo("unknown order");
    }

    /**
     * Seed 002, step 4: a partner's order whose brand's e-invoice is not there yet stays behind, listed with why; the
     * rest goes, on the partner's account; the same request again answers the same; once invoiced, another handover
     * takes the order.
     */
    @Test
    void aPartnersOrderWaitingForTheBrandsInvoiceIsKeptBackAndALaterHandoverTakesIt() {
        gateway.startB2b2cOrderAwaitingItsInvoice("HB1-1", Map.of("TSHIRT-M", 1));
        invoicePartner("HB1-1", "BI/2627/0101");
        gateway.startB2b2cOrderAwaitingItsInvoice("HB1-2", Map.of("TSHIRT-M", 1));
        List<String> orders = List.of("HB1-1", "HB1-2");

        Api.Answer answer = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B1", "Delhivery", orders));
        Api.Answer again = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B1", "Delhivery", orders));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("manifests").size()).isEqualTo(1);
        assertThat(answer.json().path("manifests").get(0).path("orderIds").toString()).isEqualTo("[\"HB1-1\"]");
        JsonNode keptBack = answer.json().path("keptBack");
        assertThat(keptBack.size()).isEqualTo(1);
        assertThat(keptBack.get(0).path("orderId").asText()).isEqualTo("HB1-2");
        assertThat(keptBack.get(0).path("status").asText()).isEqualTo("PROCESSING");
        assertThat(keptBack.get(0).path("reason").asText()).isEqualTo(AWAITING_THE_BRANDS_INVOICE);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(answer.json());
        HandoverRequest request = startedWith(B2B2C_BRAND, "H-B1");
        assertThat(request.orderIds()).containsExactly("HB1-1");
        assertThat(request.partnerAccounts()).isEqualTo(Map.of("HB1-1", B2B2C_PARTNER));
        assertThat(handedOver(B2B2C_BRAND, "HB1-1").manifestId()).isEqualTo("MF-H-B1/1");
        OrderState waiting = gateway.orderState(B2B2C_BRAND, "HB1-2");
        assertThat(waiting.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(waiting.handoverId()).isNull();
        assertThat(waiting.refusedHandovers()).as("never told of the handover").isEmpty();

        invoicePartner("HB1-2", "BI/2627/0102");
        Api.Answer later = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B2", "Delhivery", List.of("HB1-2")));

        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(later.json().path("keptBack").size()).isZero();
        assertThat(handedOver(B2B2C_BRAND, "HB1-2").manifestId()).isEqualTo("MF-H-B2/1");
        Api.Answer repeatedSince = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B1", "Delhivery", orders));
        assertThat(repeatedSince.status()).as("still the same request").isEqualTo(201);
        assertThat(repeatedSince.json().path("keptBack").get(0).path("status").asText())
                .as("as the order stands now").isEqualTo("COMPLETED");
    }

    @Test
    void aRepeatedIdWithOtherOrdersIsAConflictWhateverWasKeptBack() {
        gateway.startB2b2cOrderAwaitingItsInvoice("HB2-1", Map.of("TSHIRT-M", 1));
        invoicePartner("HB2-1", "BI/2627/0103");
        gateway.recordPartnerOrder("HB2-2", OrderStatus.PROCESSING, AWAITING_THE_BRANDS_INVOICE);
        gateway.recordOrder(B2B2C_BRAND, "HB2-OWN", OrderStatus.PACKED, List.of());
        Api.Answer first = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B3", "Delhivery", List.of("HB2-1", "HB2-2")));

        Api.Answer withoutTheHandedOver = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B3", "Delhivery", List.of("HB2-2")));
        Api.Answer withAnOwnOrder = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B3", "Delhivery", List.of("HB2-1", "HB2-2", "HB2-OWN")));
        Api.Answer otherCourier = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B3", "Bluedart", List.of("HB2-1", "HB2-2")));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("keptBack").findValuesAsText("orderId")).containsExactly("HB2-2");
        for (Api.Answer answer : List.of(withoutTheHandedOver, withAnOwnOrder, otherCourier)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.code()).isEqualTo("CONFLICT");
            assertThat(answer.json().path("message").asText()).contains("H-B3");
        }
        assertThat(handedOver(B2B2C_BRAND, "HB2-1").manifestId()).isEqualTo("MF-H-B3/1");
    }

    @Test
    void whenEveryOrderIsKeptBackNothingIsHandedOverAndEachSaysWhatItWaitsFor() {
        gateway.recordPartnerOrder("HB3-1", OrderStatus.PROCESSING, AWAITING_THE_BRANDS_INVOICE);
        gateway.recordPartnerOrder("HB3-2", OrderStatus.FULFILLABLE, null);

        Api.Answer answer = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B4", "Delhivery", List.of("HB3-1", "HB3-2")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.detail("orderIds[0]")).isEqualTo("order HB3-1 is PROCESSING on the account of "
                + B2B2C_PARTNER + ", waiting for " + AWAITING_THE_BRANDS_INVOICE);
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HB3-2 is FULFILLABLE on the account of "
                + B2B2C_PARTNER + ", not PACKED");
        assertThat(gateway.api().get(BRAND_HANDOVERS + "/H-B4", B2B2C_WAREHOUSE_KEY).status())
                .as("nothing recorded").isEqualTo(404);
    }

    @Test
    void aPartnersOrderPastPackingAndTheClientsOwnUnpackedOrdersAreNotAwaitingAsBefore() {
        gateway.recordPartnerOrder("HB4-1", OrderStatus.CANCELLED, null);
        gateway.recordOrder(B2B2C_BRAND, "HB4-2", OrderStatus.PROCESSING, List.of());
        gateway.recordPartnerOrder("HB4-3", OrderStatus.PROCESSING, AWAITING_THE_BRANDS_INVOICE);

        Api.Answer answer = gateway.api().post(BRAND_HANDOVERS, B2B2C_WAREHOUSE_KEY,
                handover("H-B5", "Delhivery", List.of("HB4-1", "HB4-2", "HB4-3")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.json().path("details").size()).isEqualTo(2);
        assertThat(answer.detail("orderIds[0]")).isEqualTo("order HB4-1 is CANCELLED, not PACKED");
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HB4-2 is PROCESSING, not PACKED");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
