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
import com.vmsflow.rsi.RsiRecorded;
import com.vmsflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The returns read model, the QC exceptions report and RSI documents, on a real PostgreSQL. */
class ReturnAndRsiRepositoryTest {

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static ReturnRepository returns;
    private static RsiRepository rsi;
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @BeforeAll
    static void start() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        Fixtures.addClient(jdbi, "c1");
        returns = new ReturnRepository(jdbi);
        rsi = new RsiRepository(jdbi);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ReturnRecord record(String returnId, ReturnType type, ReturnStatus status, Instant at) {
        return new ReturnRecord("c1", returnId, "FL1", type, ReturnModel.RSI, status, WaitingFor.NONE, "n", at);
    }

    @Test
    void aLateRecordDoesNotOverwriteANewerOneAndTheRtoOfAnOrderIsFound() {
        returns.record(record("R1", ReturnType.RTO, ReturnStatus.EXPECTED, T0));
        returns.record(record("R1", ReturnType.RTO, ReturnStatus.COMPLETED, T0.plusSeconds(60)));
        returns.record(record("R1", ReturnType.RTO, ReturnStatus.RECEIVED, T0.plusSeconds(30)));

        assertThat(returns.status("c1", "R1")).contains("COMPLETED");
        assertThat(returns.rtoReturnOf("c1", "FL1")).contains("R1");
        assertThat(returns.rtoReturnOf("c1", "FL2")).isEmpty();
    }

    @Test
    void qcExceptionsAreKeptOnceEach() {
        List<QcException> exceptions = List.of(
                new QcException("c1", "R2", "FL1", "TEE-M", "AJ-TEE-M", 1, QcResult.FAIL, T0),
                new QcException("c1", "R2", "FL1", "JEANS-32", "AJ-JEANS-32", 2, QcResult.MISSING, T0));

        returns.addQcExceptions(exceptions);
        returns.addQcExceptions(exceptions);

        int rows = jdbi.withHandle(h -> h.createQuery("select count(*) from qc_exceptions where return_id = 'R2'")
                .mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void anRsiDocumentIsRecordedOnceWithItsItemsLinkedToReturnsAndUnreceivedOnesCounted() {
        returns.record(record("R10", ReturnType.CUSTOMER_RETURN, ReturnStatus.COMPLETED, T0));
        returns.record(record("R11", ReturnType.CUSTOMER_RETURN, ReturnStatus.EXPECTED, T0));
        RsiDocument document = new RsiDocument("RSI-1", T0, List.of(
                new RsiItem("R10", "FL1", "AJ-TEE-M", 1, new BigDecimal("559.30")),
                new RsiItem("R11", "FL1", "AJ-TEE-M", 1, new BigDecimal("559.30")),
                new RsiItem("R99", "FL9", "AJ-JEANS-32", 2, new BigDecimal("2798.60"))));

        RsiRecorded first = rsi.record("c1", document);
        RsiRecorded again = rsi.record("c1", document);
        rsi.markAccepted("c1", "RSI-1", T0.plusSeconds(5));
        rsi.markAccepted("c1", "RSI-1", T0.plusSeconds(9));

        assertThat(first).isEqualTo(new RsiRecorded(3, 2, 2));
        assertThat(again).isEqualTo(first);
        Instant accepted = jdbi.withHandle(h -> h.createQuery("select accepted_at from rsi_documents"
                + " where document_id = 'RSI-1'").mapTo(Instant.class).one());
        assertThat(accepted).as("the first acceptance stands").isEqualTo(T0.plusSeconds(5));
    }
}
