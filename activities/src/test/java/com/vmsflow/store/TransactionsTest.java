package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.vmsflow.testing.CapturedLogs;
import com.vmsflow.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionException;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    @Test
    void aDeadlockAndASerializationFailureAreRunAgain() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = Transactions.retrying("test", () -> switch (attempts.incrementAndGet()) {
            case 1 -> throw failed("deadlock detected", "40P01");
            // At commit, Jdbi wraps the failure otherwise.
            case 2 -> throw new TransactionException("commit failed",
                    new SQLException("could not serialize access due to concurrent update", "40001"));
            default -> "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(Transactions.isRetryable(failed("deadlock detected", "40P01"))).isTrue();
    }

    @Test
    void aTransactionThatKeepsLosingFailsWithItsLastFailure() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> Transactions.retrying("test", () -> {
            throw failed("deadlock detected " + attempts.incrementAndGet(), "40P01");
        })).hasRootCauseMessage("deadlock detected " + Transactions.ATTEMPTS);
        assertThat(attempts).hasValue(Transactions.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> Transactions.retrying("test", () -> {
            attempts.incrementAndGet();
            throw failed("duplicate key value violates unique constraint", "23505");
        })).hasRootCauseMessage("duplicate key value violates unique constraint");
        assertThat(attempts).hasValue(1);
        assertThat(Transactions.isRetryable(new IllegalStateException("no SQL state"))).isFalse();
    }

    @Test
    void aRealDeadlockOnPostgresqlIsRunAgainAndBothTransactionsCommit() throws Exception {
        try (TestDatabase db = TestDatabase.create(); CapturedLogs logs = CapturedLogs.of(Transactions.class)) {
            Jdbi jdbi = db.jdbi();
            jdbi.useHandle(h -> h.execute("create table pair (id int primary key, touched int not null default 0)"));
            jdbi.useHandle(h -> h.execute("insert into pair (id) values (1), (2)"));
            CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
            AtomicInteger attempts = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // Each locks one row, waits until the other holds its own, then wants the other's: a deadlock
                // on the first attempt, which PostgreSQL breaks by aborting one; that one runs again and commits.
                List<Future<Integer>> both = List.of(
                        pool.submit(() -> touchBoth(jdbi, 1, 2, bothHoldTheirFirstRow, attempts)),
                        pool.submit(() -> touchBoth(jdbi, 2, 1, bothHoldTheirFirstRow, attempts)));
                for (Future<Integer> one : both) {
                    assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo(2);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(attempts).hasValue(3);
            int touched = jdbi.withHandle(h -> h.createQuery("select sum(touched) from pair").mapTo(Integer.class).one());
            assertThat(touched).as("each transaction's two updates, once").isEqualTo(4);
            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .singleElement().asString().contains("40P01 deadlock", "attempt 1 of " + Transactions.ATTEMPTS);
        }
    }

    private static int touchBoth(Jdbi jdbi, int first, int second, CountDownLatch gate, AtomicInteger attempts) {
        return Transactions.retrying("touchBoth", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            attempts.incrementAndGet();
            int touched = h.execute("update pair set touched = touched + 1 where id = ?", first);
            gate.countDown();
            await(gate); // open at once on the retry
            return touched + h.execute("update pair set touched = touched + 1 where id = ?", second);
        }));
    }

    private static void await(CountDownLatch gate) {
        try {
            assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static UnableToExecuteStatementException failed(String message, String state) {
        return new UnableToExecuteStatementException(new SQLException(message, state), null);
    }
}
