package com.vmsflow.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * The database out of reach is 503 UNAVAILABLE with Retry-After (the end-to-end proof with PostgreSQL really cut is
 * the launcher's DatabaseOutageTest); a failing statement is still a 500 with a reference and no detail.
 */
class DatabaseUnavailableMapperTest {

    private final DatabaseUnavailableMapper mapper = new DatabaseUnavailableMapper();

    @Test
    void noConnectionToBeHadIsUnavailable() {
        ConnectionException refused = new ConnectionException(new SQLException(
                "Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused")));

        assertUnavailable(mapper.toResponse(refused));
    }

    @Test
    void aConnectionCutMidStatementIsUnavailable() {
        JdbiException cut = new UnableToExecuteStatementException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"), null);

        assertUnavailable(mapper.toResponse(cut));
    }

    @Test
    void aDeadlockOrSerializationFailureThatOutlivedTheRetriesIsForTheCallerToRetry() {
        for (String state : new String[] {"40P01", "40001"}) {
            JdbiException rolledBack = new UnableToExecuteStatementException(
                    new SQLException("ERROR: deadlock detected", state), null);

            Response response = mapper.toResponse(rolledBack);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(((ErrorBody) response.getEntity()).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        }
    }

    @Test
    void aServerShuttingDownIsUnavailable() {
        JdbiException shutdown = new UnableToExecuteStatementException(
                new SQLException("terminating connection due to administrator command", "57P01"), null);

        assertUnavailable(mapper.toResponse(shutdown));
    }

    @Test
    void aFailingStatementIsAnInternalErrorWithoutItsDetail() {
        JdbiException broken = new UnableToExecuteStatementException(
                new SQLException("relation \"orders\" does not exist", "42P01"), null);

        try (Response response = mapper.toResponse(broken)) {
            ErrorBody body = (ErrorBody) response.getEntity();
            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(body.code()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(body.message()).doesNotContain("relation").matches("internal error, reference [0-9a-f-]{36}");
            assertThat(response.getHeaderString("Retry-After")).isNull();
        }
    }

    private static void assertUnavailable(Response response) {
        try (response) {
            ErrorBody body = (ErrorBody) response.getEntity();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(body.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(body.message()).isEqualTo("the database is unavailable; retry later");
            assertThat(body.details()).isEmpty();
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }
}
