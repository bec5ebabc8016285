package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderUpdateEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 004's ONHOLD orders at Ajio: a dispatch-after time Ajio may move, a replacement waiting for a pickup. */
class AjioOnHoldOrdersTest {

    private static final Instant TOMORROW = Instant.parse("2026-12-04T09:00:00Z");

    private AjioFlow ajio;

    @BeforeEach
    void newSeller() {
        ajio = new AjioFlow(TestSandbox.shared());
    }

    @Test
    void anOrderShowsItsDispatchAfterTimeAndAReplacementTheOrderItReplaces() {
        String original = ajio.order(line("SKU-A", 1, "799.00"));
        String later = create(TOMORROW, null);
        String replacement = create(null, original);

        JsonNode held = ajio.get("/orders/" + later).body();
        JsonNode replacing = ajio.get("/orders/" + replacement).body();
        JsonNode ordinary = ajio.get("/orders/" + original).body();

        assertThat(held.get("dispatchAfter").asText()).isEqualTo(TOMORROW.toString());
        assertThat(held.hasNonNull("replacementOf")).isFalse();
        assertThat(replacing.get("replacementOf").asText()).isEqualTo(original);
        assertThat(replacing.get("originalReturnPickedUp").asBoolean()).isFalse();
        assertThat(ordinary.hasNonNull("dispatchAfter")).isFalse();
        assertThat(ajio.detail(later).dispatchAfter()).isEqualTo(TOMORROW);
    }

    @Test
    void ajioMovesTheDispatchAfterTimeAndItsOrderUpdatesFeedTellsTheSeller() {
        String orderId = create(TOMORROW, null);
        Instant sooner = TOMORROW.minusSeconds(3600);

        OrderUpdateEvent moved = ajio.control.moveDispatchAfter(ajio.seller, orderId, sooner);
        OrderUpdateEvent cleared = ajio.control.moveDispatchAfter(ajio.seller, orderId, null);

        JsonNode feed = ajio.get("/order-updates").body();
        assertThat(moved.type()).isEqualTo("DISPATCH_AFTER_CHANGED");
        assertThat(feed.get("events")).hasSize(2);
        JsonNode first = feed.get("events").get(0);
        assertThat(first.get("eventId").asText()).isEqualTo(moved.eventId());
        assertThat(first.get("orderId").asText()).isEqualTo(orderId);
        assertThat(first.get("dispatchAfter").asText()).isEqualTo(sooner.toString());
        assertThat(feed.get("events").get(1).get("eventId").asText()).isEqualTo(cleared.eventId());
        assertThat(feed.get("events").get(1).hasNonNull("dispatchAfter")).isFalse();
        assertThat(ajio.get("/orders/" + orderId).body().hasNonNull("dispatchAfter")).isFalse();
    }

    @Test
    void theOriginalsReturnPickupReleasesTheReplacementAndIsOnTheFeed() {
        String original = ajio.order(line("SKU-A", 1, "799.00"));
        String replacement = create(null, original);

        OrderUpdateEvent pickedUp = ajio.control.returnPickedUp(ajio.seller, replacement);

        JsonNode event = ajio.get("/order-updates").body().get("events").get(0);
        assertThat(event.get("eventId").asText()).isEqualTo(pickedUp.eventId());
        assertThat(event.get("orderId").asText()).isEqualTo(replacement);
        assertThat(event.get("type").asText()).isEqualTo("RETURN_PICKED_UP");
        assertThat(ajio.get("/orders/" + replacement).body().get("originalReturnPickedUp").asBoolean()).isTrue();
    }

    @Test
    void aPickupOfAnOrderThatReplacesNothingIsRefusedAndChangesNothing() {
        String ordinary = ajio.order(line("SKU-A", 1, "799.00"));

        assertThatThrownBy(() -> ajio.control.returnPickedUp(ajio.seller, ordinary))
                .isInstanceOfSatisfying(SandboxClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo("NOT_A_REPLACEMENT");
                });
        assertThatThrownBy(() -> ajio.control.moveDispatchAfter(ajio.seller, "FL-NO-SUCH", TOMORROW))
                .isInstanceOfSatisfying(SandboxClientException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ORDER_NOT_FOUND"));
        assertThat(ajio.get("/order-updates").body().get("events")).isEmpty();
        assertThat(ajio.detail(ordinary).originalReturnPickedUp()).isFalse();
    }

    @Test
    void theOrderUpdatesFeedIsReadWithACursorAndIsTheSellersOwn() {
        String orderId = create(TOMORROW, null);
        for (int i = 1; i <= 3; i++) {
            ajio.control.moveDispatchAfter(ajio.seller, orderId, TOMORROW.plusSeconds(i));
        }
        AjioFlow other = new AjioFlow(TestSandbox.shared());

        Api.Reply first = ajio.get("/order-updates?limit=2");
        String next = first.body().get("next").asText();
        Api.Reply second = ajio.get("/order-updates?limit=2&after=" + next);
        String end = second.body().get("next").asText();
        Api.Reply nothingNew = ajio.get("/order-updates?limit=2&after=" + end);

        assertThat(first.body().get("events")).hasSize(2);
        assertThat(second.body().get("events")).hasSize(1);
        assertThat(nothingNew.body().get("events")).isEmpty();
        assertThat(nothingNew.body().get("next").asText()).isEqualTo(end);
        assertThat(other.get("/order-updates").body().get("events")).isEmpty();
        assertThat(ajio.get("/order-updates?limit=501").errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(ajio.get("/order-updates?after=nonsense").errorCode()).isEqualTo("INVALID_REQUEST");
    }

    private String create(Instant dispatchAfter, String replacementOf) {
        OrderDetail order = ajio.control.createOrder(ajio.seller, new NewOrder(null, null,
                List.of(line("SKU-A", 1, "799.00")), null, dispatchAfter, replacementOf));
        return order.orderId();
    }
}
