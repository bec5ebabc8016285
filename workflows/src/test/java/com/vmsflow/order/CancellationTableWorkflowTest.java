package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.ERP_CLIENT;
import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.CancellationRecord.Outcome;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the cancellation table (seed 001, BRIEF "Cancellation rules") through the real workflow: the order is
 * driven to the situation, the cancellation arrives as it does in production (a seller's through the
 * {@code cancel} update, a customer's or Ajio's business team's through the feed's signal), and the test checks
 * what the order did, what reached Ajio and what was posted to the ERP.
 */
class CancellationTableWorkflowTest {

    /** Where the order stands when the cancellation comes. */
    enum Situation {
        /** FULFILLABLE, inside the acknowledgement hold. */
        IN_HOLD,
        /** Model 1: acknowledged and posted to the ERP, waiting for its invoice (still FULFILLABLE). */
        POSTED_TO_ERP,
        PROCESSING,
        PACKED,
        /**
         * Acknowledged and ONHOLD for Ajio's dispatch-after time, not yet posted to the ERP: the rules treat it like
         * the FULFILLABLE order it holds in (CancellationRule's comment).
         */
        ONHOLD
    }

    enum Expect { ALLOWED, REFUSED, IGNORED, FLAGGED }

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
                row("ERP", "CUSTOMER", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("ERP", "CUSTOMER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED),
                row("ERP", "CUSTOMER", "FULL", Situation.POSTED_TO_ERP, Expect.IGNORED),
                row("ERP", "CUSTOMER", "PARTIAL", Situation.PROCESSING, Expect.IGNORED),
                row("RMS", "CUSTOMER", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "CUSTOMER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "CUSTOMER", "FULL", Situation.PROCESSING, Expect.IGNORED),
                row("RMS", "CUSTOMER", "PARTIAL", Situation.PACKED, Expect.IGNORED),
                // ERP | SELLER | FULL | FULFILLABLE or PROCESSING; refused once PACKED
                row("ERP", "SELLER", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("ERP", "SELLER", "FULL", Situation.POSTED_TO_ERP, Expect.ALLOWED),
                row("ERP", "SELLER", "FULL", Situation.PROCESSING, Expect.ALLOWED),
                row("ERP", "SELLER", "FULL", Situation.PACKED, Expect.REFUSED),
                // ERP | SELLER | PARTIAL | FULFILLABLE and not yet posted to the ERP; refused otherwise
                row("ERP", "SELLER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED),
                row("ERP", "SELLER", "PARTIAL", Situation.POSTED_TO_ERP, Expect.REFUSED),
                row("ERP", "SELLER", "PARTIAL", Situation.PROCESSING, Expect.REFUSED),
                row("ERP", "SELLER", "PARTIAL", Situation.PACKED, Expect.REFUSED),
                // ERP | AJIO_BUSINESS | FULL | until PACKED, handled as a seller cancellation
                row("ERP", "AJIO_BUSINESS", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("ERP", "AJIO_BUSINESS", "FULL", Situation.POSTED_TO_ERP, Expect.ALLOWED),
                row("ERP", "AJIO_BUSINESS", "FULL", Situation.PROCESSING, Expect.ALLOWED),
                row("ERP", "AJIO_BUSINESS", "FULL", Situation.PACKED, Expect.REFUSED),
                // ERP | AJIO_BUSINESS | PARTIAL | not supported: the order is flagged
                row("ERP", "AJIO_BUSINESS", "PARTIAL", Situation.POSTED_TO_ERP, Expect.FLAGGED),
                row("ERP", "AJIO_BUSINESS", "PARTIAL", Situation.PROCESSING, Expect.FLAGGED),
                // RMS | SELLER | FULL, PARTIAL | until PACKED; refused after
                row("RMS", "SELLER", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "SELLER", "FULL", Situation.PROCESSING, Expect.ALLOWED),
                row("RMS", "SELLER", "FULL", Situation.PACKED, Expect.REFUSED),
                row("RMS", "SELLER", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "SELLER", "PARTIAL", Situation.PROCESSING, Expect.ALLOWED),
                row("RMS", "SELLER", "PARTIAL", Situation.PACKED, Expect.REFUSED),
                // RMS | AJIO_BUSINESS | FULL, PARTIAL | until PACKED
                row("RMS", "AJIO_BUSINESS", "FULL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "FULL", Situation.PROCESSING, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "FULL", Situation.PACKED, Expect.REFUSED),
                row("RMS", "AJIO_BUSINESS", "PARTIAL", Situation.IN_HOLD, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "PARTIAL", Situation.PROCESSING, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "PARTIAL", Situation.PACKED, Expect.REFUSED),
                // ONHOLD x every row: as FULFILLABLE after the acknowledgement, before the ERP posting
                row("ERP", "CUSTOMER", "FULL", Situation.ONHOLD, Expect.IGNORED),
                row("RMS", "CUSTOMER", "PARTIAL", Situation.ONHOLD, Expect.IGNORED),
                row("ERP", "SELLER", "FULL", Situation.ONHOLD, Expect.ALLOWED),
                row("ERP", "SELLER", "PARTIAL", Situation.ONHOLD, Expect.ALLOWED),
                row("ERP", "AJIO_BUSINESS", "FULL", Situation.ONHOLD, Expect.ALLOWED),
                row("ERP", "AJIO_BUSINESS", "PARTIAL", Situation.ONHOLD, Expect.FLAGGED),
                row("RMS", "SELLER", "FULL", Situation.ONHOLD, Expect.ALLOWED),
                row("RMS", "SELLER", "PARTIAL", Situation.ONHOLD, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "FULL", Situation.ONHOLD, Expect.ALLOWED),
                row("RMS", "AJIO_BUSINESS", "PARTIAL", Situation.ONHOLD, Expect.ALLOWED));
    }

    private static Arguments row(String model, String source, String kind, Situation situation, Expect expect) {
        return Arguments.of(EInvoicingModel.valueOf(model), CancellationSource.valueOf(source),
                CancellationKind.valueOf(kind), situation, expect);
    }

    @ParameterizedTest(name = "{0} {1} {2} cancellation when {3}: {4}")
    @MethodSource("rows")
    void theRuleOfTheSopsIsApplied(EInvoicingModel model, CancellationSource source, CancellationKind kind,
                                   Situation situation, Expect expect) {
        ClientProfile client = model == EInvoicingModel.ERP ? ERP_CLIENT : RMS_CLIENT;
        String orderId = "CT" + ORDERS.incrementAndGet();
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        if (situation == Situation.ONHOLD) {
            world.ajio.orders.get(orderId).dispatchAfter = world.now().plus(Duration.ofDays(10));
        }
        ForwardOrderWorkflow order = world.start(client, world.ajio.orders.get(orderId).view());
        OrderState before = driveTo(order, client, situation);
        long ajioCancelsBefore = ajioCancels(orderId);

        Throwable refusal = cancel(order, orderId, source, kind);

        OrderState after = world.await(order, s -> s.cancellations().size() > before.cancellations().size()
                || refusal != null, "the cancellation to be handled");
        boolean posted = before.postedToErp();
        switch (expect) {
            case ALLOWED -> {
                assertThat(refusal).isNull();
                CancellationRecord record = last(after);
                assertThat(record.outcome()).isEqualTo(Outcome.APPLIED);
                if (kind == CancellationKind.FULL) {
                    assertThat(world.awaitStatus(order, OrderStatus.CANCELLED).fullyCancelled()).isTrue();
                } else {
                    assertThat(after.line("1").cancelled()).isEqualTo(1);
                    assertThat(after.status()).isNotEqualTo(OrderStatus.CANCELLED);
                    if (situation == Situation.ONHOLD) {
                        assertThat(after.status()).as("a partial cancellation keeps the hold")
                                .isEqualTo(OrderStatus.ONHOLD);
                    }
                }
                assertThat(ajioCancels(orderId) - ajioCancelsBefore)
                        .as("only a seller's cancellation is sent to Ajio; the others are Ajio's own")
                        .isEqualTo(source == CancellationSource.SELLER ? 1 : 0);
                assertThat(world.erp.eventTypes(orderId).contains(PostingEventType.OUTWARD_ORDER_CANCEL))
                        .as("OUTWARD_ORDER_CANCEL after ERP posting").isEqualTo(posted);
                assertThat(world.erp.report.stream().anyMatch(r -> r.orderId().equals(orderId)))
                        .as("cancelled-after-ERP-posting report").isEqualTo(posted);
            }
            case REFUSED -> {
                if (source == CancellationSource.SELLER) {
                    assertThat(UpdateErrors.Refusal.of(refusal)).get().satisfies(r -> {
                        assertThat(r.code()).isEqualTo(UpdateErrors.CANCELLATION_NOT_ALLOWED);
                        assertThat(r.message()).startsWith("refused by rule " + expectedRule(model, kind));
                    });
                    assertThat(after.cancellations()).as("a refused update leaves no trace")
                            .hasSameSizeAs(before.cancellations());
                } else {
                    assertThat(last(after).outcome()).isEqualTo(Outcome.REFUSED);
                    assertThat(after.waitingFor()).isEqualTo(WaitingFor.SUPPORT);
                }
                assertThat(after.status()).isEqualTo(before.status());
                assertThat(after.line("1").open()).isEqualTo(2);
                assertThat(ajioCancels(orderId)).isEqualTo(ajioCancelsBefore);
                assertThat(world.erp.eventTypes(orderId)).doesNotContain(PostingEventType.OUTWARD_ORDER_CANCEL);
            }
            case IGNORED -> {
                assertThat(last(after).outcome()).isEqualTo(Outcome.IGNORED);
                assertThat(after.line("1").open()).isEqualTo(2);
                assertThat(after.status()).isEqualTo(before.status());
            }
            case FLAGGED -> {
                assertThat(last(after).outcome()).isEqualTo(Outcome.FLAGGED);
                assertThat(after.flag()).contains("cancel this order in both Ajio and the OMS");
                assertThat(after.waitingFor()).isEqualTo(WaitingFor.SUPPORT);
                assertThat(after.line("1").open()).as("quantities unchanged until support acts").isEqualTo(2);
                if (situation == Situation.PROCESSING) {
                    Throwable pack = catchThrowable(() -> order.pack(fullPack()));
                    assertThat(UpdateErrors.Refusal.of(pack)).get().satisfies(r ->
                            assertThat(r.message()).contains("cancel this order in both Ajio and the OMS"));
                }
                OrderState cancelled = order.cancel(new CancellationRequest(CancellationKind.FULL, List.of(),
                        "cancelled in Ajio and the OMS as the SOP says", "SUPPORT"));
                assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(world.erp.eventTypes(orderId).contains(PostingEventType.OUTWARD_ORDER_CANCEL))
                        .as("OUTWARD_ORDER_CANCEL only for an order posted to the ERP").isEqualTo(posted);
            }
        }
    }

    private OrderState driveTo(ForwardOrderWorkflow order, ClientProfile client, Situation situation) {
        if (situation == Situation.IN_HOLD) {
            return world.await(order, s -> s.status() == OrderStatus.FULFILLABLE && !s.acknowledged(), "the hold");
        }
        world.pass(HOLD);
        if (situation == Situation.ONHOLD) {
            OrderState held = world.awaitStatus(order, OrderStatus.ONHOLD);
            assertThat(held.postedToErp()).isFalse();
            return held;
        }
        if (client.eInvoicingModel() == EInvoicingModel.ERP) {
            OrderState posted = world.await(order, OrderState::postedToErp, "the ERP posting");
            if (situation == Situation.POSTED_TO_ERP) {
                return posted;
            }
            order.submitB2bInvoice(erpInvoice(client, posted));
        }
        OrderState processing = world.awaitStatus(order, OrderStatus.PROCESSING);
        if (situation == Situation.PROCESSING) {
            return processing;
        }
        order.pack(fullPack());
        return world.awaitStatus(order, OrderStatus.PACKED);
    }

    private Throwable cancel(ForwardOrderWorkflow order, String orderId, CancellationSource source,
                             CancellationKind kind) {
        if (source == CancellationSource.SELLER) {
            List<SkuQuantity> lines = kind == CancellationKind.FULL ? List.of() : List.of(new SkuQuantity("TEE-M", 1));
            return catchThrowable(() -> order.cancel(new CancellationRequest(kind, lines, "seller asked", "SELLER")));
        }
        boolean full = kind == CancellationKind.FULL;
        if (source == CancellationSource.CUSTOMER) {
            if (full) {
                world.ajio.customerCancels(orderId, "1", 2);
                world.ajio.customerCancels(orderId, "2", 1);
            } else {
                world.ajio.customerCancels(orderId, "1", 1);
            }
        } else if (full) {
            world.ajio.businessCancels(orderId, "1", 2);
            world.ajio.businessCancels(orderId, "2", 1);
        } else {
            world.ajio.businessCancels(orderId, "1", 1);
        }
        order.ajioCancellation(new AjioCancellation("ev-" + orderId, orderId, source, full,
                full ? List.of() : List.of(new LineQuantity("1", 1)), "from Ajio's feed", world.now()));
        return null;
    }

    private static PackResult fullPack() {
        return new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0)));
    }

    static EInvoice erpInvoice(ClientProfile client, OrderState order) {
        LocalDate date = LocalDate.of(2026, 11, 23);
        String number = "EI" + order.orderId();
        List<EInvoiceLine> lines = order.b2bOrder().lines().stream().map(b -> new EInvoiceLine(null,
                order.line(b.lineId()).clientSku(), null, b.quantity(), b.taxableValue(), b.gstRate())).toList();
        return new EInvoice(DocumentType.INV, number, date,
                Irn.of(client.supplierGstin(), date, DocumentType.INV, number), "header.payload.signature",
                new BigDecimal("3000.00"), lines, "ERP");
    }

    private static String expectedRule(EInvoicingModel model, CancellationKind kind) {
        if (model == EInvoicingModel.RMS) {
            return "RMS_SELLER";
        }
        return kind == CancellationKind.FULL ? "ERP_SELLER_FULL" : "ERP_SELLER_PARTIAL";
    }

    private static long ajioCancels(String orderId) {
        return world.ajio.calls.stream()
                .filter(c -> c.operation().equals("cancelQuantities") && c.orderId().equals(orderId)).count();
    }

    private static CancellationRecord last(OrderState state) {
        return state.cancellations().get(state.cancellations().size() - 1);
    }
}
