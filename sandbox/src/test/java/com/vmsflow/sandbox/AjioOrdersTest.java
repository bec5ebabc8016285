package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.ajio.order.CancellationEvent;
import com.vmsflow.sandbox.ajio.order.CancellationSource;
import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AjioOrdersTest {

    private AjioFlow ajio;

    @BeforeEach
    void newSeller() {
        ajio = new AjioFlow(TestSandbox.shared());
    }

    @Test
    void listsTheOrdersOfADateWindowInCreationOrderPageByPage() {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        create("BEFORE", start.minusSeconds(1));
        create("O-3", start.plusSeconds(180));
        create("O-1", start);
        create("O-2B", start.plusSeconds(60));
        create("O-2A", start.plusSeconds(60));
        create("O-4", start.plusSeconds(240));
        create("AT-END", start.plusSeconds(300));

        String window = "/orders?createdFrom=2026-11-01T00:00:00Z&createdTo=2026-11-01T00:05:00Z&size=2";
        Api.Reply first = ajio.get(window + "&page=0");
        Api.Reply last = ajio.get(window + "&page=2");
        Api.Reply beyond = ajio.get(window + "&page=3");

        assertThat(first.body().get("totalElements").asLong()).isEqualTo(5);
        assertThat(first.body().get("totalPages").asInt()).isEqualTo(3);
        assertThat(ids(first)).containsExactly("O-1", "O-2A");
        assertThat(ids(ajio.get(window + "&page=1"))).containsExactly("O-2B", "O-3");
        assertThat(ids(last)).containsExactly("O-4");
        assertThat(ids(beyond)).isEmpty();
        assertThat(ajio.get("/orders?size=501").errorCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void ordersOfAnotherSellerAreNotFound() {
        String orderId = ajio.order(line("SKU-A", 1, "500.00"));
        AjioFlow other = new AjioFlow(TestSandbox.shared());

        Api.Reply reply = other.get("/orders/" + orderId);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(ajio.get("/orders/" + orderId).body().get("status").asText()).isEqualTo("CREATED");
    }

    /** B2B2C: the brand and its partner are two seller accounts; each sees its own orders and feeds only. */
    @Test
    void aPartnersSellerAccountHasOrdersAndCancellationsOfItsOwn() {
        AjioFlow partner = new AjioFlow(TestSandbox.shared());
        String brandOrder = ajio.order(line("SKU-A", 1, "500.00"));
        String partnerOrder = partner.order(line("SKU-A", 2, "500.00"));
        partner.control.customerCancellation(partner.seller, partnerOrder, List.of(new LineQuantity("1", 1)));

        assertThat(ids(ajio.get("/orders"))).containsExactly(brandOrder);
        assertThat(ids(partner.get("/orders"))).containsExactly(partnerOrder);
        assertThat(ajio.get("/cancellations").body().get("events")).isEmpty();
        assertThat(partner.get("/cancellations").body().get("events")).singleElement()
                .satisfies(event -> assertThat(event.get("orderId").asText()).isEqualTo(partnerOrder));
        assertThat(ajio.get("/orders/" + partnerOrder).status()).isEqualTo(404);
    }

    @Test
    void anAcknowledgementNamesEveryLineAndRejectsALineWithQuantityZero() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"), line("SKU-B", 1, "1499.00"));

        Api.Reply partial = acknowledge(orderId, new LineQuantity("1", 2));
        Api.Reply accepted = acknowledge(orderId, new LineQuantity("1", 2), new LineQuantity("2", 0));
        Api.Reply again = acknowledge(orderId, new LineQuantity("1", 2), new LineQuantity("2", 0));

        assertThat(partial.status()).isEqualTo(422);
        assertThat(accepted.status()).isEqualTo(200);
        JsonNode rejected = accepted.body().get("lines").get(1);
        assertThat(rejected.get("acknowledgedQuantity").asInt()).isZero();
        assertThat(rejected.get("cancelledQuantity").asInt()).isEqualTo(1);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(ajio.get("/orders/" + orderId + "/b2b").body().get("lines")).hasSize(1);
    }

    @Test
    void anAcknowledgementAfterACustomerCancellationIsRefusedUntilTheOrderIsReadAgain() {
        String orderId = ajio.order(line("SKU-A", 3, "799.00"));
        ajio.control.customerCancellation(ajio.seller, orderId, List.of(new LineQuantity("1", 1)));

        Api.Reply stale = acknowledge(orderId, new LineQuantity("1", 3));
        int open = ajio.get("/orders/" + orderId).body().get("lines").get(0).get("quantity").asInt()
                - ajio.get("/orders/" + orderId).body().get("lines").get(0).get("cancelledQuantity").asInt();
        Api.Reply fresh = acknowledge(orderId, new LineQuantity("1", open));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("QUANTITY_CHANGED");
        assertThat(open).isEqualTo(2);
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void customersCannotCancelOnceTheOrderIsAcknowledgedButAjiosBusinessTeamCan() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));
        ajio.acknowledgeAll(orderId);

        assertThatThrownBy(() -> ajio.control.customerCancellation(ajio.seller, orderId, null))
                .isInstanceOfSatisfying(SandboxClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo("ALREADY_ACKNOWLEDGED");
                });
        assertThat(ajio.get("/cancellations").body().get("events")).isEmpty();

        CancellationEvent event = ajio.control.businessCancellation(ajio.seller, orderId,
                List.of(new LineQuantity("1", 1)));

        JsonNode events = ajio.get("/cancellations").body().get("events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("eventId").asText()).isEqualTo(event.eventId());
        assertThat(events.get(0).get("source").asText()).isEqualTo(CancellationSource.AJIO_BUSINESS.name());
        assertThat(events.get(0).get("full").asBoolean()).isFalse();
        assertThat(ajio.detail(orderId).line("1").cancelledQuantity()).isEqualTo(1);
    }

    @Test
    void aPanelCancellationCancelsEveryOpenUnitWithoutAFeedEvent() {
        String orderId = ajio.order(line("SKU-A", 3, "799.00"), line("SKU-B", 1, "499.00"));
        ajio.post("/orders/" + orderId + "/cancellation", Map.of("lines", List.of(new LineQuantity("1", 1))));
        ajio.invoiceAll(orderId);

        ajio.control.panelCancellation(ajio.seller, orderId);

        JsonNode order = ajio.get("/orders/" + orderId).body();
        assertThat(order.get("status").asText()).isEqualTo(OrderStatus.CANCELLED.name());
        assertThat(order.get("lines").get(0).get("cancelledQuantity").asInt()).isEqualTo(3);
        assertThat(order.get("lines").get(1).get("cancelledQuantity").asInt()).isEqualTo(1);
        assertThat(ajio.get("/cancellations").body().get("events")).isEmpty();
    }

    @Test
    void aSecondPanelCancellationChangesNothingAndAnUnknownOrderIs404() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));
        OrderDetail first = ajio.control.panelCancellation(ajio.seller, orderId);

        OrderDetail again = ajio.control.panelCancellation(ajio.seller, orderId);

        assertThat(again).isEqualTo(first);
        assertThat(again.line("1").cancelledQuantity()).isEqualTo(2);
        assertThat(ajio.get("/cancellations").body().get("events")).isEmpty();
        assertThatThrownBy(() -> ajio.control.panelCancellation(ajio.seller, "FL-NO-SUCH"))
                .isInstanceOfSatisfying(SandboxClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo("ORDER_NOT_FOUND");
                });
    }

    @Test
    void aFullCustomerCancellationCancelsTheOrderAndItCannotBeAcknowledged() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"), line("SKU-B", 1, "99.00"));

        CancellationEvent event = ajio.control.customerCancellation(ajio.seller, orderId, null);
        Api.Reply acknowledgement = acknowledge(orderId, new LineQuantity("1", 0), new LineQuantity("2", 0));

        assertThat(event.full()).isTrue();
        assertThat(event.source()).isEqualTo(CancellationSource.CUSTOMER);
        assertThat(event.lines()).containsExactly(new LineQuantity("1", 2), new LineQuantity("2", 1));
        assertThat(acknowledgement.errorCode()).isEqualTo("ORDER_CANCELLED");
        assertThat(ajio.detail(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void theCancellationFeedIsReadWithACursor() {
        for (int i = 0; i < 3; i++) {
            ajio.control.customerCancellation(ajio.seller, ajio.order(line("SKU-A", 1, "10.00")), null);
        }

        Api.Reply first = ajio.get("/cancellations?limit=2");
        String next = first.body().get("next").asText();
        Api.Reply second = ajio.get("/cancellations?limit=2&after=" + next);
        String end = second.body().get("next").asText();
        Api.Reply nothingNew = ajio.get("/cancellations?limit=2&after=" + end);

        assertThat(first.body().get("events")).hasSize(2);
        assertThat(second.body().get("events")).hasSize(1);
        assertThat(nothingNew.body().get("events")).isEmpty();
        assertThat(nothingNew.body().get("next").asText()).isEqualTo(end);
    }

    @Test
    void theB2bOrderPricesAjiosPurchaseAt70PercentWithGstBySlab() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"), line("SKU-B", 1, "1499.00"));
        Api.Reply early = ajio.get("/orders/" + orderId + "/b2b");
        ajio.acknowledgeAll(orderId);

        JsonNode b2b = ajio.get("/orders/" + orderId + "/b2b").body();

        assertThat(early.errorCode()).isEqualTo("NOT_ACKNOWLEDGED");
        assertThat(b2b.get("poNumber").asText()).isEqualTo("PO-" + orderId);
        assertThat(b2b.get("buyerGstin").asText()).isEqualTo(TestSandbox.AJIO_GSTIN);
        JsonNode cheap = b2b.get("lines").get(0);
        assertThat(cheap.get("unitPrice").asText()).isEqualTo("559.30");
        assertThat(cheap.get("taxableValue").asText()).isEqualTo("1118.60");
        assertThat(cheap.get("gstRate").decimalValue()).isEqualByComparingTo("5");
        assertThat(cheap.get("hsnCode").asText()).isEqualTo("6109");
        JsonNode dear = b2b.get("lines").get(1);
        assertThat(dear.get("unitPrice").asText()).isEqualTo("1049.30");
        assertThat(dear.get("gstRate").decimalValue()).isEqualByComparingTo("12");
    }

    @Test
    void theSellerCannotCancelMoreThanIsOpen() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));

        Api.Reply tooMuch = cancel(orderId, 3);
        Api.Reply allowed = cancel(orderId, 1);

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.errorCode()).isEqualTo("QUANTITY_EXCEEDS_OPEN");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body().get("lines").get(0).get("cancelledQuantity").asInt()).isEqualTo(1);
    }

    @Test
    void bulkOrdersGetConsecutiveNumbers() {
        List<String> ids = ajio.control.createOrders(ajio.seller, 3, List.of(line("SKU-A", 1, "10.00")));

        assertThat(ids).hasSize(3).allMatch(id -> id.matches("^FL\\d{7}$"));
        assertThat(ids(ajio.get("/orders?size=10"))).containsExactlyElementsOf(ids);
    }

    @Test
    void anOrderSplitFromACustomerOrderNamesItsParent() {
        ajio.control.createOrder(ajio.seller, new NewOrder("O-PARENT-1", null, List.of(line("SKU", 1, "10.00")),
                "CUST-500", null, null));
        String unsplit = ajio.order(line("SKU-A", 1, "500.00"));

        assertThat(ajio.get("/orders/O-PARENT-1").body().path("parentOrderId").asText()).isEqualTo("CUST-500");
        assertThat(ajio.get("/orders/" + unsplit).body().hasNonNull("parentOrderId")).isFalse();
    }

    private void create(String orderId, Instant createdAt) {
        ajio.control.createOrder(ajio.seller, new NewOrder(orderId, createdAt, List.of(line("SKU", 1, "10.00"))));
    }

    private Api.Reply acknowledge(String orderId, LineQuantity... lines) {
        return ajio.post("/orders/" + orderId + "/acknowledgement", Map.of("lines", List.of(lines)));
    }

    private Api.Reply cancel(String orderId, int quantity) {
        return ajio.post("/orders/" + orderId + "/cancellation",
                Map.of("lines", List.of(new LineQuantity("1", quantity)), "reason", "OUT_OF_STOCK"));
    }

    private static List<String> ids(Api.Reply page) {
        List<String> ids = new ArrayList<>();
        page.body().get("orders").forEach(order -> ids.add(order.get("orderId").asText()));
        return ids;
    }
}
