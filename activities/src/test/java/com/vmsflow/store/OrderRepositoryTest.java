package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.HoldReason;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.testing.TestDatabase;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {

    private static final List<String> CLIENTS = List.of("hold", "ord", "paging", "failed", "counts", "counts-other",
            "brand", "partner");
    private static final Instant CREATED = Instant.parse("2026-05-04T06:30:00Z");

    private static TestDatabase db;
    private static OrderRepository orders;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        Jdbi jdbi = db.jdbi();
        orders = new OrderRepository(jdbi);
        for (String client : CLIENTS) {
            Fixtures.addClient(jdbi, client);
        }
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void recordWritesTheRowAndTheHistory() {
        Instant waiting = Instant.parse("2026-05-04T06:31:00Z");
        orders.record(new OrderRecord("ord", "FO-1", EInvoicingModel.ERP, OrderStatus.FAILED, WaitingFor.SELLER,
                "a mapping for AJ-9", waiting, CREATED, List.of("AJ-9"), true, "check", change(1, OrderStatus.FAILED)));

        assertThat(orders.find("ord", "FO-1")).hasValueSatisfying(row -> {
            assertThat(row).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new OrderRow("ord",
                    "FO-1", EInvoicingModel.ERP, OrderStatus.FAILED, 1, WaitingFor.SELLER, "a mapping for AJ-9",
                    waiting, CREATED, List.of("AJ-9"), true, "check", null, null, null, null));
            assertThat(row.updatedAt()).isNotNull();
        });
        assertThat(orders.history("ord", "FO-1")).containsExactly(change(1, OrderStatus.FAILED));
        assertThat(orders.find("ord", "nope")).isEmpty();
    }

    @Test
    void anOlderChangeArrivingLateNeverOverwritesANewerOne() {
        orders.record(record("ord", "FO-2", OrderStatus.FULFILLABLE, WaitingFor.NONE, change(2, OrderStatus.FULFILLABLE)));
        orders.record(record("ord", "FO-2", OrderStatus.CREATED, WaitingFor.AJIO, change(1, OrderStatus.CREATED)));

        assertThat(orders.find("ord", "FO-2")).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo(OrderStatus.FULFILLABLE);
            assertThat(row.statusSeq()).isEqualTo(2);
            assertThat(row.waitingFor()).isEqualTo(WaitingFor.NONE);
        });
        assertThat(orders.history("ord", "FO-2"))
                .containsExactly(change(1, OrderStatus.CREATED), change(2, OrderStatus.FULFILLABLE));
    }

    @Test
    void aRetriedChangeNeitherDuplicatesHistoryNorUndoesTheWaitingStateRecordedSince() {
        OrderRecord released = record("ord", "FO-3", OrderStatus.PROCESSING, WaitingFor.NONE,
                change(3, OrderStatus.PROCESSING));
        orders.record(released);
        orders.record(record("ord", "FO-3", OrderStatus.PROCESSING, WaitingFor.WAREHOUSE, null));
        orders.record(released);

        assertThat(orders.find("ord", "FO-3").orElseThrow().waitingFor()).isEqualTo(WaitingFor.WAREHOUSE);
        assertThat(orders.history("ord", "FO-3")).containsExactly(change(3, OrderStatus.PROCESSING));
    }

    @Test
    void aWaitingOnlyRecordMovesTheWaitingStateButIsDroppedOnceTheStatusMovedOn() {
        orders.record(record("ord", "FO-4", OrderStatus.PACKED, WaitingFor.NONE, change(5, OrderStatus.PACKED)));
        orders.record(record("ord", "FO-4", OrderStatus.PROCESSING, WaitingFor.WAREHOUSE, null));
        assertThat(orders.find("ord", "FO-4").orElseThrow())
                .extracting(OrderRow::status, OrderRow::statusSeq, OrderRow::waitingFor)
                .containsExactly(OrderStatus.PACKED, 5, WaitingFor.NONE);

        orders.record(record("ord", "FO-4", OrderStatus.PACKED, WaitingFor.AJIO, null));
        assertThat(orders.find("ord", "FO-4").orElseThrow())
                .extracting(OrderRow::status, OrderRow::statusSeq, OrderRow::waitingFor)
                .containsExactly(OrderStatus.PACKED, 5, WaitingFor.AJIO);
    }

    @Test
    void listPagesByOrderIdWithAnOptionalStatus() {
        for (String id : List.of("P-3", "P-1", "P-4", "P-2", "P-5")) {
            OrderStatus status = id.equals("P-2") || id.equals("P-4") ? OrderStatus.PACKED : OrderStatus.PROCESSING;
            orders.record(record("paging", id, status, WaitingFor.NONE, change(1, status)));
        }

        assertThat(orders.list("paging", null, null, 2)).extracting(OrderRow::orderId).containsExactly("P-1", "P-2");
        assertThat(orders.list("paging", null, "P-2", 2)).extracting(OrderRow::orderId).containsExactly("P-3", "P-4");
        assertThat(orders.list("paging", null, "P-4", 2)).extracting(OrderRow::orderId).containsExactly("P-5");
        assertThat(orders.list("paging", OrderStatus.PACKED, null, 10)).extracting(OrderRow::orderId)
                .containsExactly("P-2", "P-4");
        assertThat(orders.list("paging", OrderStatus.PACKED, "P-2", 10)).extracting(OrderRow::orderId)
                .containsExactly("P-4");
        assertThat(orders.orderIdsWithStatus("paging", OrderStatus.PROCESSING)).containsExactly("P-1", "P-3", "P-5");
    }

    @Test
    void failedOrdersMissingAnswersTheFailedOrdersWaitingForAnyOfTheSkus() {
        orders.record(failed("F-1", List.of("AJ-1", "AJ-2")));
        orders.record(failed("F-2", List.of("AJ-3")));
        orders.record(failed("F-3", List.of("AJ-2", "AJ-4")));
        orders.record(new OrderRecord("failed", "F-4", EInvoicingModel.RMS, OrderStatus.FULFILLABLE, WaitingFor.NONE,
                null, null, CREATED, List.of("AJ-2"), false, null, change(2, OrderStatus.FULFILLABLE)));

        assertThat(orders.failedOrdersMissing("failed", List.of("AJ-2", "AJ-9"))).containsExactly("F-1", "F-3");
        assertThat(orders.failedOrdersMissing("failed", List.of("AJ-3"))).containsExactly("F-2");
        assertThat(orders.failedOrdersMissing("failed", List.of("AJ-9"))).isEmpty();
        assertThat(orders.failedOrdersMissing("failed", List.of())).isEmpty();
    }

    @Test
    void countByStatusCountsPerClientOrOverAllWithEveryStatusPresent() {
        orders.record(record("counts", "C-1", OrderStatus.PACKED, WaitingFor.NONE, change(1, OrderStatus.PACKED)));
        orders.record(record("counts", "C-2", OrderStatus.PACKED, WaitingFor.NONE, change(1, OrderStatus.PACKED)));
        orders.record(record("counts", "C-3", OrderStatus.CANCELLED, WaitingFor.NONE, change(1, OrderStatus.CANCELLED)));
        orders.record(record("counts-other", "C-1", OrderStatus.PACKED, WaitingFor.NONE,
                change(1, OrderStatus.PACKED)));

        Map<OrderStatus, Integer> counts = orders.countByStatus("counts");
        assertThat(counts).containsOnlyKeys(OrderStatus.values())
                .containsEntry(OrderStatus.PACKED, 2).containsEntry(OrderStatus.CANCELLED, 1)
                .containsEntry(OrderStatus.COMPLETED, 0);
        Map<OrderStatus, Integer> summed = new EnumMap<>(OrderStatus.class);
        for (String client : CLIENTS) {
            orders.countByStatus(client).forEach((status, n) -> summed.merge(status, n, Integer::sum));
        }
        assertThat(orders.countByStatus(null)).isEqualTo(summed);
    }

    /** B2B2C (seed 002): a brand's order on its partner's account keeps the partner; findAll reads a batch. */
    @Test
    void aPartnersOrderKeepsItsPartnerAndABatchIsReadAtOnce() {
        orders.record(new OrderRecord("brand", "B2-1", EInvoicingModel.ERP, OrderStatus.PROCESSING, WaitingFor.ERP,
                "the brand's B2B2C e-invoice to partner", CREATED, CREATED, List.of(), false, null, null, null,
                change(1, OrderStatus.PROCESSING), null, null, "partner"));
        orders.record(record("brand", "B2-2", OrderStatus.PACKED, WaitingFor.NONE, change(1, OrderStatus.PACKED)));
        // A later record without the partner (none carries less) keeps it.
        orders.record(record("brand", "B2-1", OrderStatus.PACKED, WaitingFor.NONE, change(2, OrderStatus.PACKED)));

        Map<String, OrderRow> rows = orders.findAll("brand", List.of("B2-1", "B2-2", "B2-NONE"));

        assertThat(rows).containsOnlyKeys("B2-1", "B2-2");
        assertThat(rows.get("B2-1").partnerClientId()).isEqualTo("partner");
        assertThat(rows.get("B2-1").status()).isEqualTo(OrderStatus.PACKED);
        assertThat(rows.get("B2-2").partnerClientId()).isNull();
        assertThat(orders.find("brand", "B2-1").orElseThrow().partnerClientId()).isEqualTo("partner");
        assertThat(orders.list("brand", null, null, 10)).extracting(OrderRow::partnerClientId)
                .containsExactly("partner", null);
        assertThat(orders.findAll("brand", List.of())).isEmpty();
    }

    /** Seed 004's ONHOLD: the list shows why and until when; a moved time follows; the release clears both. */
    @Test
    void anOnHoldOrderShowsWhyAndUntilWhenAMovedTimeFollowsAndTheReleaseClearsBoth() {
        Instant until = Instant.parse("2026-05-05T06:00:00Z");
        Instant moved = until.plusSeconds(3600);
        orders.record(held("hold", "OH-1", HoldReason.DISPATCH_AFTER, until, change(3, OrderStatus.ONHOLD)));
        orders.record(held("hold", "OH-2", HoldReason.RETURN_PICKUP, null, change(3, OrderStatus.ONHOLD)));

        assertThat(orders.list("hold", OrderStatus.ONHOLD, null, 10))
                .extracting(OrderRow::orderId, OrderRow::onHoldReason, OrderRow::onHoldUntil)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OH-1", HoldReason.DISPATCH_AFTER, until),
                        org.assertj.core.groups.Tuple.tuple("OH-2", HoldReason.RETURN_PICKUP, null));

        orders.record(held("hold", "OH-1", HoldReason.DISPATCH_AFTER, moved, null));
        assertThat(orders.find("hold", "OH-1")).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo(OrderStatus.ONHOLD);
            assertThat(row.onHoldUntil()).as("Ajio moved the time: the row follows").isEqualTo(moved);
        });

        orders.record(record("hold", "OH-1", OrderStatus.FULFILLABLE, WaitingFor.NONE,
                change(4, OrderStatus.FULFILLABLE)));
        assertThat(orders.find("hold", "OH-1")).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo(OrderStatus.FULFILLABLE);
            assertThat(row.onHoldReason()).isNull();
            assertThat(row.onHoldUntil()).isNull();
        });
    }

    private static OrderRecord held(String clientId, String orderId, HoldReason reason, Instant until,
                                     StatusChange change) {
        return new OrderRecord(clientId, orderId, EInvoicingModel.RMS, OrderStatus.ONHOLD, WaitingFor.NONE,
                "Ajio's word", Instant.parse("2026-05-04T06:00:00Z"), CREATED, List.of(), false, null, reason, until,
                change, null, null);
    }

    private static StatusChange change(int seq, OrderStatus status) {
        return new StatusChange(seq, status, CREATED.plusSeconds(seq), "step " + seq);
    }

    private static OrderRecord record(String clientId, String orderId, OrderStatus status, WaitingFor waitingFor,
                                      StatusChange change) {
        return new OrderRecord(clientId, orderId, EInvoicingModel.RMS, status, waitingFor, null, null, CREATED,
                List.of(), false, null, change);
    }

    private static OrderRecord failed(String orderId, List<String> missing) {
        return new OrderRecord("failed", orderId, EInvoicingModel.RMS, OrderStatus.FAILED, WaitingFor.SELLER,
                "SKU mappings", CREATED, CREATED, missing, false, null, change(1, OrderStatus.FAILED));
    }
}
