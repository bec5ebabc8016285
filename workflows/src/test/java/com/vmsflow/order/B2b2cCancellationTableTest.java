package com.vmsflow.order;

import static com.vmsflow.order.B2b2cOrdersTest.BRAND_ERP;
import static com.vmsflow.order.B2b2cOrdersTest.PARTNER_GSTIN;
import static com.vmsflow.order.OrderWorld.HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.CancellationRecord.Outcome;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationRule;
import com.vmsflow.order.cancellation.CancellationSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cancellation table's rows for a B2B2C order (the brand fulfilling its partner's Ajio order), through the real
 * workflow. Ajio's invoice is the partner's, made by the RMS at packing, so the Model 2 rows hold whatever the
 * brand's own model ({@link CancellationRule}'s comment); after the pack confirmation an allowed cancellation is
 * also booked back from the partner in the brand's ERP (B2B2C_RETURN).
 */
class B2b2cCancellationTableTest {

    enum Situation {
        /** FULFILLABLE, inside the acknowledgement hold. */
        IN_HOLD,
        /** Released for picking, not packed. */
        PROCESSING,
        /** Packed; the pack confirmation is at the brand's ERP, its e-invoice to the partner awaited. */
        PACK_CONFIRMED,
        PACKED
    }

    enum Expect { ALLOWED, REFUSED, IGNORED }

    private static OrderWorld world;
    private static final AtomicInteger ORDERS = new AtomicInteger();

    @BeforeAll
    static void start() {
        world = new OrderWorld().withTeesAndJeans(100_000);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // any model | CUSTOMER | FULL, PARTIAL | only before the acknowledgement reaches Ajio
                row("CUSTOMER", "FULL", Situation.IN_HOLD, Expect.ALLOWED, "CUSTOMER_BEFORE_ACKNOWLEDGEMENT"),
                row("CUSTOMER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED, "CUSTOMER_BEFORE_ACKNOWLEDGEMENT"),
                row("CUSTOMER", "FULL", Situation.PROCESSING, Expect.IGNORED, "CUSTOMER_BEFORE_ACKNOWLEDGEMENT"),
                row("CUSTOMER", "PARTIAL", Situation.PACK_CONFIRMED, Expect.IGNORED,
                        "CUSTOMER_BEFORE_ACKNOWLEDGEMENT"),
                // RMS | SELLER | FULL, PARTIAL | until PACKED; refused after (the brand's ERP model does not matter)
                row("SELLER", "FULL", Situation.IN_HOLD, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "FULL", Situation.PROCESSING, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "FULL", Situation.PACK_CONFIRMED, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "FULL", Situation.PACKED, Expect.REFUSED, "RMS_SELLER"),
                row("SELLER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "PARTIAL", Situation.PROCESSING, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "PARTIAL", Situation.PACK_CONFIRMED, Expect.ALLOWED, "RMS_SELLER"),
                row("SELLER", "PARTIAL", Situation.PACKED, Expect.REFUSED, "RMS_SELLER"),
                // RMS | AJIO_BUSINESS | FULL, PARTIAL | until PACKED (a partial one is not flagged: no ERP invoice
                // to Ajio to cancel in part)
                row("AJIO_BUSINESS", "FULL", Situation.PROCESSING, Expect.ALLOWED, "RMS_AJIO_BUSINESS"),
                row("AJIO_BUSINESS", "FULL", Situation.PACK_CONFIRMED, Expect.ALLOWED, "RMS_AJIO_BUSINESS"),
                row("AJIO_BUSINESS", "FULL", Situation.PACKED, Expect.REFUSED, "RMS_AJIO_BUSINESS"),
                row("AJIO_BUSINESS", "PARTIAL", Situation.PROCESSING, Expect.ALLOWED, "RMS_AJIO_BUSINESS"),
                row("AJIO_BUSINESS", "PARTIAL", Situation.PACK_CONFIRMED, Expect.ALLOWED, "RMS_AJIO_BUSINESS"),
                row("AJIO_BUSINESS", "PARTIAL", Situation.PACKED, Expect.REFUSED, "RMS_AJIO_BUSINESS"));
    }

    private static Arguments row(String source, String kind, Situation situation, Expect expect, String rule) {
        return Arguments.of(CancellationSource.valueOf(source), CancellationKind.valueOf(kind), situation, expect,
                CancellationRule.valueOf(rule));
    }

    @ParameterizedTest(name = "B2B2C {0} {1} cancellation when {2}: {3} by {4}")
    @MethodSource("rows")
    void theRuleOfTheSopsIsApplied(CancellationSource source, CancellationKind kind, Situation situation,
                                   Expect expect, CancellationRule rule) {
        String orderId = "BCT" + ORDERS.incrementAndGet();
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(BRAND_ERP, world.ajio.orders.get(orderId).view());
        OrderState before = driveTo(order, situation);
        assertThat(CancellationRule.decide(source, kind, before.facts()).rule()).isEqualTo(rule);

        Throwable refusal = cancel(order, orderId, source, kind);

        OrderState after = world.await(order, s -> s.cancellations().size() > before.cancellations().size()
                || refusal != null, "the cancellation to be handled");
        switch (expect) {
            case ALLOWED -> {
                if (situation == Situation.PACK_CONFIRMED) {
                    // The posting follows the cancellation's record in the same step: wait for it.
                    world.awaitThat(() -> bookedBack(orderId) > 0, () -> "the B2B2C_RETURN of " + orderId);
                }
                assertThat(refusal).isNull();
                assertThat(after.cancellations().get(after.cancellations().size() - 1).outcome())
                        .isEqualTo(Outcome.APPLIED);
                if (kind == CancellationKind.FULL) {
                    world.awaitStatus(order, OrderStatus.CANCELLED);
                } else {
                    assertThat(after.line("1").cancelled()).isEqualTo(1);
                }
                assertThat(bookedBack(orderId)).as("B2B2C_RETURN once, only after the pack confirmation")
                        .isEqualTo(situation == Situation.PACK_CONFIRMED ? 1 : 0);
                assertThat(world.erp.eventTypes(orderId)).as("never Model 1's postings")
                        .doesNotContain(PostingEventType.OUTWARD_ORDER_CANCEL);
            }
            case REFUSED -> {
                if (source == CancellationSource.SELLER) {
                    assertThat(UpdateErrors.Refusal.of(refusal)).get().satisfies(r -> {
                        assertThat(r.code()).isEqualTo(UpdateErrors.CANCELLATION_NOT_ALLOWED);
                        assertThat(r.message()).startsWith("refused by rule " + rule.name());
                    });
                } else {
                    assertThat(after.cancellations().get(after.cancellations().size() - 1).outcome())
                            .isEqualTo(Outcome.REFUSED);
                }
                assertThat(after.line("1").open()).isEqualTo(2);
                assertThat(bookedBack(orderId)).isZero();
            }
            case IGNORED -> {
                assertThat(after.cancellations().get(after.cancellations().size() - 1).outcome())
                        .isEqualTo(Outcome.IGNORED);
                assertThat(after.line("1").open()).isEqualTo(2);
                assertThat(bookedBack(orderId)).isZero();
            }
        }
    }

    private static long bookedBack(String orderId) {
        return world.erp.eventTypes(orderId).stream().filter(type -> type == PostingEventType.B2B2C_RETURN).count();
    }

    private OrderState driveTo(ForwardOrderWorkflow order, Situation situation) {
        if (situation == Situation.IN_HOLD) {
            return world.await(order, s -> s.status() == OrderStatus.FULFILLABLE && !s.acknowledged(), "the hold");
        }
        world.pass(HOLD);
        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        if (situation == Situation.PROCESSING) {
            return processing;
        }
        order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0))));
        OrderState confirmed = world.await(order, s -> s.b2b2cPosted() && s.waitingFor() == WaitingFor.ERP,
                "the pack confirmation");
        if (situation == Situation.PACK_CONFIRMED) {
            return confirmed;
        }
        order.submitB2b2cInvoice(B2b2cOrdersTest.partnerInvoice(BRAND_ERP, "BI-" + confirmed.orderId(),
                PARTNER_GSTIN, "958.80", "1199.40"));
        return world.awaitStatus(order, OrderStatus.PACKED);
    }

    private Throwable cancel(ForwardOrderWorkflow order, String orderId, CancellationSource source,
                             CancellationKind kind) {
        boolean full = kind == CancellationKind.FULL;
        if (source == CancellationSource.SELLER) {
            List<SkuQuantity> lines = full ? List.of() : List.of(new SkuQuantity("TEE-M", 1));
            return catchThrowable(() -> order.cancel(new CancellationRequest(kind, lines, "seller asked", "SELLER")));
        }
        if (source == CancellationSource.CUSTOMER) {
            world.ajio.customerCancels(orderId, "1", full ? 2 : 1);
            if (full) {
                world.ajio.customerCancels(orderId, "2", 1);
            }
        } else {
            world.ajio.businessCancels(orderId, "1", full ? 2 : 1);
            if (full) {
                world.ajio.businessCancels(orderId, "2", 1);
            }
        }
        order.ajioCancellation(new AjioCancellation("ev-" + orderId, orderId, source, full,
                full ? List.of() : List.of(new LineQuantity("1", 1)), "from Ajio's feed", world.now()));
        return null;
    }
}
