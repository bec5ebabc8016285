package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.report.B2b2cInvoiceRow;
import com.vmsflow.store.report.FailedOrderRow;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.ReportQuery;
import com.vmsflow.store.report.ReportRepository;
import com.vmsflow.testing.TestDatabase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final String IRN = "23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662";

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

    private static <T> List<T> rows(ReportQuery<T> query, String clientId) {
        List<T> rows = new ArrayList<>();
        reports.stream(query, clientId, FROM, TO, iterator -> iterator.forEachRemaining(rows::add));
        return rows;
    }

    /** A brand's order on a partner's seller account (B2B2C), as the order workflow records it. */
    private static void recordPartnerOrder(String clientId, String orderId, String partnerClientId,
                                           OrderStatus status) {
        new OrderRepository(jdbi).record(new OrderRecord(clientId, orderId, EInvoicingModel.RMS, status,
                WaitingFor.NONE, null, null, FROM, List.of(), false, null, null, null,
                new StatusChange(1, status, FROM, null), null, null, partnerClientId));
    }

    /** A document stored as the RMS activity and the gateway store them, then dated {@code createdAt}. */
    private static void document(String clientId, String orderId, DocumentKind kind, String number, String issuer,
                                 String total, Instant createdAt) {
        new DocumentRepository(jdbi).save(new StoredDocument(clientId, orderId, kind, number,
                LocalDate.parse("2026-02-28"), issuer, IRN, new BigDecimal(total), "{}"));
        jdbi.useHandle(h -> h.createUpdate("""
                        update documents set created_at = :createdAt
                        where client_id = :clientId and doc_kind = :kind and doc_number = :number
                        """).bind("createdAt", createdAt).bind("clientId", clientId).bind("kind", kind)
                .bind("number", number).execute());
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

        List<FailedOrderRow> rows = rows(ReportDao::failedOrders, "failing");

        assertThat(rows).containsExactly(
                new FailedOrderRow("FO-1", Instant.parse("2026-03-01T01:00:00Z"), List.of(), OrderStatus.PROCESSING,
                        Instant.parse("2026-03-01T02:00:00Z")),
                new FailedOrderRow("FO-2", Instant.parse("2026-03-01T04:00:00Z"), List.of("CH-3"), OrderStatus.FAILED,
                        Instant.parse("2026-03-01T05:00:00Z")),
                new FailedOrderRow("FO-2", Instant.parse("2026-03-01T06:00:00Z"), List.of("CH-3"), OrderStatus.FAILED,
                        null));
    }

    @Test
    void eachB2b2cInvoiceIsARowWithItsPartnerAndItsOrderAsItIsNow() {
        Fixtures.addClient(jdbi, "b2b2c-brand");
        Fixtures.addClient(jdbi, "b2b2c-partner");
        Fixtures.addClient(jdbi, "b2b2c-other");
        recordPartnerOrder("b2b2c-brand", "BB-1", "b2b2c-partner", OrderStatus.PACKED);
        recordPartnerOrder("b2b2c-brand", "BB-2", "b2b2c-partner", OrderStatus.CANCELLED);
        Instant later = Instant.parse("2026-03-01T10:00:00Z");
        // BB-3's invoice is stored first, at BB-1's time: the order id puts it second. BB-3 is not in the read model.
        document("b2b2c-brand", "BB-3", DocumentKind.B2B2C_INVOICE, "ERP-BB-3", "ERP", "420", FROM);
        document("b2b2c-brand", "BB-1", DocumentKind.B2B2C_INVOICE, "BR2526000001", "RMS", "1180.5", FROM);
        document("b2b2c-brand", "BB-2", DocumentKind.B2B2C_INVOICE, "ERP-BB-2", "ERP", "99.99", later);
        document("b2b2c-brand", "BB-0", DocumentKind.B2B2C_INVOICE, "ERP-BB-0", "ERP", "1", FROM.minusMillis(1));
        document("b2b2c-brand", "BB-4", DocumentKind.B2B2C_INVOICE, "ERP-BB-4", "ERP", "1", TO);
        document("b2b2c-brand", "BB-1", DocumentKind.B2B_INVOICE, "BR2526000002", "RMS", "1", later);
        document("b2b2c-other", "BB-1", DocumentKind.B2B2C_INVOICE, "ERP-BB-1", "ERP", "1", later);

        List<B2b2cInvoiceRow> rows = rows(ReportDao::b2b2cInvoices, "b2b2c-brand");

        LocalDate date = LocalDate.parse("2026-02-28");
        assertThat(rows).containsExactly(
                new B2b2cInvoiceRow(FROM, "BB-1", "b2b2c-partner", "BR2526000001", date, IRN, "RMS",
                        new BigDecimal("1180.50"), "PACKED"),
                new B2b2cInvoiceRow(FROM, "BB-3", null, "ERP-BB-3", date, IRN, "ERP", new BigDecimal("420.00"), null),
                new B2b2cInvoiceRow(later, "BB-2", "b2b2c-partner", "ERP-BB-2", date, IRN, "ERP",
                        new BigDecimal("99.99"), "CANCELLED"));
        assertThat(rows(ReportDao::b2b2cInvoices, "b2b2c-partner")).as("the invoices are the brand's").isEmpty();
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
                "statusMismatches", "status_mismatches_by_time",
                "b2b2cInvoices", "documents_b2b2c_by_time");
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
