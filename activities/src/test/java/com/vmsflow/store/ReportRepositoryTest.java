package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.report.FailedOrderRow;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.ReportRepository;
import com.vmsflow.testing.TestDatabase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report queries: what a row means, and that each is served by an index on the client and its time. */
class ReportRepositoryTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static ReportRepository reports;

    @BeforeAll
    static void start() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        reports = new ReportRepository(jdbi);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void record(String clientId, String orderId, int seq, OrderStatus status, List<String> missing,
                               String at) {
        new OrderRepository(jdbi).record(new OrderRecord(clientId, orderId, EInvoicingModel.RMS, status,
                WaitingFor.SELLER, null, null, FROM, missing, false, null,
                new StatusChange(seq, status, Instant.parse(at), null)));
    }

    private static List<FailedOrderRow> failedOrders(String clientId) {
        List<FailedOrderRow> rows = new ArrayList<>();
        reports.stream(ReportDao::failedOrders, clientId, FROM, TO, iterator -> iterator.forEachRemaining(rows::add));
        return rows;
    }

    @Test
    void eachTimeAnOrderWentFailedIsARowResolvedByTheNextStatusThatLeftIt() {
        Fixtures.addClient(jdbi, "failing");
        record("failing", "FO-1", 1, OrderStatus.FAILED, List.of("CH-1"), "2026-03-01T01:00:00Z");
        record("failing", "FO-1", 2, OrderStatus.FULFILLABLE, List.of(), "2026-03-01T02:00:00Z");
        record("failing", "FO-1", 3, OrderStatus.PROCESSING, List.of(), "2026-03-01T03:00:00Z");
        record("failing", "FO-2", 1, OrderStatus.FAILED, List.of("CH-2"), "2026-03-01T04:00:00Z");
        record("failing", "FO-2", 2, OrderStatus.UNFULFILLABLE, List.of(), "2026-03-01T05:00:00Z");
        record("failing", "FO-2", 3, OrderStatus.FAILED, List.of("CH-3"), "2026-03-01T06:00:00Z");

        List<FailedOrderRow> rows = failedOrders("failing");

        assertThat(rows).containsExactly(
                new FailedOrderRow("FO-1", Instant.parse("2026-03-01T01:00:00Z"), List.of(), OrderStatus.PROCESSING,
                        Instant.parse("2026-03-01T02:00:00Z")),
                new FailedOrderRow("FO-2", Instant.parse("2026-03-01T04:00:00Z"), List.of("CH-3"), OrderStatus.FAILED,
                        Instant.parse("2026-03-01T05:00:00Z")),
                new FailedOrderRow("FO-2", Instant.parse("2026-03-01T06:00:00Z"), List.of("CH-3"), OrderStatus.FAILED,
                        null));
    }

    @Test
    void aFailureOfTheSinkComesOutAsItIs() {
        Fixtures.addClient(jdbi, "sinking");
        record("sinking", "FO-9", 1, OrderStatus.FAILED, List.of("CH-9"), "2026-03-01T01:00:00Z");
        IOException gone = new IOException("the client hung up");

        Throwable thrown = catchThrowable(() -> reports.stream(ReportDao::failedOrders, "sinking", FROM, TO, rows -> {
            throw gone;
        }));

        assertThat(thrown).isSameAs(gone);
    }

    @Test
    void everyReportQueryIsServedByAnIndexOnTheClientAndItsTime() throws Exception {
        Map<String, String> indexByQuery = Map.of(
                "cancelledAfterErpPosting", "cancelled_after_erp_posting_by_time",
                "rmsDocuments", "documents_by_issuer_time",
                "failedOrders", "order_status_history_by_time",
                "rsiItems", "rsi_documents_by_time",
                "qcExceptions", "qc_exceptions_by_time",
                "inventoryDifferences", "inventory_differences_by_time",
                "statusMismatches", "status_mismatches_by_time");
        List<String> queries = new ArrayList<>();
        for (Method method : ReportDao.class.getMethods()) {
            SqlQuery query = method.getAnnotation(SqlQuery.class);
            if (query == null) {
                continue;
            }
            queries.add(method.getName());
            List<String> plan = jdbi.inTransaction(h -> {
                // Without a usable index the planner would still have to scan: forbidding it shows the index is there.
                h.execute("set local enable_seqscan = off");
                return h.createQuery("explain " + query.value())
                        .bind("clientId", "any").bind("from", FROM).bind("to", TO)
                        .mapTo(String.class).list();
            });
            assertThat(String.join("\n", plan)).as(method.getName()).contains(indexByQuery.get(method.getName()))
                    .doesNotContain("Seq Scan");
        }
        assertThat(queries).containsExactlyInAnyOrderElementsOf(indexByQuery.keySet());
    }
}
