package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.QcException;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.report.QcExceptionRow;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.ReportQuery;
import com.vmsflow.store.report.ReportRepository;
import com.vmsflow.store.report.RsiItemRow;
import com.vmsflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The returns list of the read model, and what a row of the rsi-items and qc-exceptions reports means. */
class ReturnReportsTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-02T00:00:00Z");

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static ReturnRepository returns;
    private static ReportRepository reports;

    @BeforeAll
    static void start() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        returns = new ReturnRepository(jdbi);
        reports = new ReportRepository(jdbi);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void record(String clientId, String returnId, ReturnStatus status) {
        returns.record(new ReturnRecord(clientId, returnId, "FL-" + returnId, ReturnType.CUSTOMER_RETURN,
                ReturnModel.RSI, status, WaitingFor.NONE, "note of " + returnId, FROM));
    }

    private static <T> List<T> rows(ReportQuery<T> query, String clientId) {
        List<T> rows = new ArrayList<>();
        reports.stream(query, clientId, FROM, TO, iterator -> iterator.forEachRemaining(rows::add));
        return rows;
    }

    private static RsiItem item(String returnId, String channelSku, int quantity, String amount) {
        return new RsiItem(returnId, "FL-" + returnId, channelSku, quantity, new BigDecimal(amount));
    }

    @Test
    void returnsArePagedByReturnIdAndFilteredByStatus() {
        Fixtures.addClient(jdbi, "listing");
        Fixtures.addClient(jdbi, "other");
        record("listing", "R3", ReturnStatus.COMPLETED);
        record("listing", "R1", ReturnStatus.EXPECTED);
        record("listing", "R2", ReturnStatus.COMPLETED);
        record("other", "R0", ReturnStatus.COMPLETED);

        assertThat(returns.list("listing", null, null, 2)).extracting(ReturnRow::returnId).containsExactly("R1", "R2");
        assertThat(returns.list("listing", null, "R2", 2)).extracting(ReturnRow::returnId).containsExactly("R3");
        assertThat(returns.list("listing", ReturnStatus.COMPLETED, null, 10)).extracting(ReturnRow::returnId)
                .containsExactly("R2", "R3");
        ReturnRow row = returns.find("listing", "R1").orElseThrow();
        assertThat(row.orderId()).isEqualTo("FL-R1");
        assertThat(row.returnModel()).isEqualTo(ReturnModel.RSI);
        assertThat(row.status()).isEqualTo(ReturnStatus.EXPECTED);
        assertThat(row.note()).isEqualTo("note of R1");
        assertThat(returns.find("other", "R1")).isEmpty();
    }

    @Test
    void anRsiItemShowsItsReturnWhenWeKnowItAndWhetherItWasReceived() {
        Fixtures.addClient(jdbi, "rsi");
        Fixtures.addClient(jdbi, "rsi-other");
        new SkuMappingRepository(jdbi).upsert("rsi", List.of(new SkuMappingRow("AJ-TEE-M", "TEE-M")));
        record("rsi", "RR-DONE", ReturnStatus.COMPLETED);
        record("rsi", "RR-WAITING", ReturnStatus.EXPECTED);
        record("rsi", "RR-REFUSED", ReturnStatus.REFUSED);
        RsiRepository rsi = new RsiRepository(jdbi);
        rsi.record("rsi", new RsiDocument("RSI-EARLY", FROM.minusMillis(1),
                List.of(item("RR-DONE", "AJ-TEE-M", 1, "10"))));
        rsi.record("rsi", new RsiDocument("RSI-2", Instant.parse("2026-03-01T12:00:00Z"),
                List.of(item("RR-WAITING", "AJ-TEE-M", 1, "559.3"))));
        rsi.record("rsi", new RsiDocument("RSI-1", FROM, List.of(item("RR-DONE", "AJ-TEE-M", 2, "1118.60"),
                item("RR-UNKNOWN", "AJ-JEANS-32", 1, "1399.30"), item("RR-REFUSED", "AJ-TEE-M", 1, "559.30"))));
        rsi.record("rsi", new RsiDocument("RSI-LATE", TO, List.of(item("RR-DONE", "AJ-TEE-M", 1, "10"))));
        rsi.record("rsi-other", new RsiDocument("RSI-9", FROM, List.of(item("RR-DONE", "AJ-TEE-M", 1, "10"))));
        Instant accepted = FROM.plusSeconds(30);
        rsi.markAccepted("rsi", "RSI-1", accepted);

        List<RsiItemRow> rows = rows(ReportDao::rsiItems, "rsi");

        assertThat(rows).containsExactly(
                new RsiItemRow("RSI-1", FROM, accepted, "RR-DONE", "FL-RR-DONE", "AJ-TEE-M", "TEE-M", 2,
                        new BigDecimal("1118.60"), "COMPLETED", true),
                new RsiItemRow("RSI-1", FROM, accepted, "RR-UNKNOWN", "FL-RR-UNKNOWN", "AJ-JEANS-32", null, 1,
                        new BigDecimal("1399.30"), null, false),
                new RsiItemRow("RSI-1", FROM, accepted, "RR-REFUSED", "FL-RR-REFUSED", "AJ-TEE-M", "TEE-M", 1,
                        new BigDecimal("559.30"), "REFUSED", false),
                new RsiItemRow("RSI-2", Instant.parse("2026-03-01T12:00:00Z"), null, "RR-WAITING", "FL-RR-WAITING",
                        "AJ-TEE-M", "TEE-M", 1, new BigDecimal("559.30"), "EXPECTED", false));
    }

    @Test
    void qcExceptionsAreReportedOnceEachByTheTimeTheyWereReported() {
        Fixtures.addClient(jdbi, "qc");
        Fixtures.addClient(jdbi, "qc-other");
        returns.addQcExceptions(List.of(
                new QcException("qc", "RQ-2", "FL-2", "TEE-M", "AJ-TEE-M", 1, QcResult.MISSING,
                        Instant.parse("2026-03-01T10:00:00Z")),
                new QcException("qc", "RQ-1", "FL-1", "TEE-M", "AJ-TEE-M", 2, QcResult.FAIL, FROM),
                new QcException("qc", "RQ-1", "FL-1", "TEE-M", "AJ-TEE-M", 1, QcResult.MISSING, FROM),
                new QcException("qc", "RQ-0", "FL-0", "TEE-M", "AJ-TEE-M", 1, QcResult.FAIL, FROM.minusMillis(1)),
                new QcException("qc", "RQ-3", "FL-3", "TEE-M", "AJ-TEE-M", 1, QcResult.FAIL, TO),
                new QcException("qc-other", "RQ-9", "FL-9", "TEE-M", "AJ-TEE-M", 1, QcResult.FAIL, FROM)));

        assertThat(rows(ReportDao::qcExceptions, "qc")).containsExactly(
                new QcExceptionRow("RQ-1", "FL-1", "TEE-M", "AJ-TEE-M", "FAIL", 2, FROM),
                new QcExceptionRow("RQ-1", "FL-1", "TEE-M", "AJ-TEE-M", "MISSING", 1, FROM),
                new QcExceptionRow("RQ-2", "FL-2", "TEE-M", "AJ-TEE-M", "MISSING", 1,
                        Instant.parse("2026-03-01T10:00:00Z")));
    }
}
