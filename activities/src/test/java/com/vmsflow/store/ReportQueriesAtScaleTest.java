package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.json.Json;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.ReportQuery;
import com.vmsflow.store.report.ReportRepository;
import com.vmsflow.testing.TestDatabase;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Each report's query on a million rows of its table: four clients, a year of rows each, and one client's month asked
 * for, as finance does. With statistics of the data, the planner must find the month through the report's index on
 * the client and the time (never by reading the table whole), and read it within a bound far above what it takes, so
 * that only a lost index fails it; with sequential scans forbidden, every table the query reads must have an index
 * path. The figures are printed to this test's output.
 *
 * <p>Loading the rows takes a minute or two, so this runs on demand: {@code mvn -pl activities verify
 * -Dtest=ReportQueriesAtScaleTest -Dvmsflow.scale=true}. The indexes themselves are checked on every build by
 * {@link ReportRepositoryTest}.
 */
@EnabledIfSystemProperty(named = "vmsflow.scale", matches = "true")
class ReportQueriesAtScaleTest {

    private static final int ROWS = 1_000_000;
    private static final List<String> CLIENTS = List.of("scale-0", "scale-1", "scale-2", "scale-3");
    /** The year the rows spread over, evenly for each client, and the month asked for. */
    private static final String YEAR_START = "2025-04-01 00:00:00+05:30";
    private static final Instant MONTH_START = OffsetDateTime.parse("2026-01-01T00:00:00+05:30").toInstant();
    private static final Instant MONTH_END = OffsetDateTime.parse("2026-02-01T00:00:00+05:30").toInstant();
    private static final long BOUND_MILLIS = 2_000;

    /** For each report query of ReportDao: the index that finds the month, on the table it is of. */
    private record Expected(String index, String table) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "cancelledAfterErpPosting", new Expected("cancelled_after_erp_posting_by_time",
                    "cancelled_after_erp_posting"),
            "rmsDocuments", new Expected("documents_by_issuer_time", "documents"),
            "failedOrders", new Expected("order_status_history_by_time", "order_status_history"),
            "rsiItems", new Expected("rsi_documents_by_time", "rsi_documents"),
            "qcExceptions", new Expected("qc_exceptions_by_time", "qc_exceptions"));

    private static TestDatabase db;
    private static Jdbi jdbi;

    @BeforeAll
    static void aMillionRowsOfEachReport() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        CLIENTS.forEach(client -> Fixtures.addClient(jdbi, client));
        long started = System.nanoTime();
        jdbi.useHandle(h -> {
            // A bulk load: no foreign key checks row by row (the rows are made consistent), no wait for the disk.
            h.execute("set session_replication_role = replica");
            h.execute("set synchronous_commit = off");
            // g = 4k + c: client c's k-th row, k spread evenly over the year (250,000 rows a client: one per 126 s).
            update(h, """
                    insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source,
                                                             full_cancellation, reason, invoice_received,
                                                             invoice_number)
                    select 'scale-' || g % 4, 'CA-' || g, cast(:start as timestamptz) + (g / 4) * interval '126.144 s',
                           'SELLER', g % 3 = 0, 'reason ' || g, g % 2 = 0, 'INV-' || g
                    from generate_series(0, cast(:rows as integer) - 1) g
                    """);
            update(h, """
                    insert into documents (client_id, reference, doc_kind, doc_number, doc_date, issuer, irn,
                                           total_value, created_at)
                    select 'scale-' || g % 4, 'REF-' || g,
                           (array['B2B_INVOICE', 'B2C_INVOICE', 'SHIPPING_LABEL', 'CREDIT_NOTE',
                                  'B2B_INVOICE'])[g % 5 + 1],
                           'DOC-' || g, date '2025-04-01' + (g / 4 / 685),
                           (array['RMS', 'AJIO', 'AJIO', 'RMS', 'ERP'])[g % 5 + 1], md5(g::text) || md5(g::text),
                           (g % 100000) / 100.0, cast(:start as timestamptz) + (g / 4) * interval '126.144 s'
                    from generate_series(0, cast(:rows as integer) - 1) g
                    """);
            // 250,000 orders, four status changes each: a million rows of history; one order in five went FAILED.
            update(h, """
                    insert into orders (client_id, order_id, e_invoicing_model, status, status_seq, waiting_for,
                                        ajio_created_at, missing_channel_skus)
                    select 'scale-' || o % 4, 'O-' || o, 'RMS', case when o % 5 = 0 then 'PROCESSING' else 'PACKED' end,
                           4, 'NONE', cast(:start as timestamptz) + (o / 4) * interval '504.576 s', '{}'
                    from generate_series(0, cast(:rows as integer) / 4 - 1) o
                    """);
            update(h, """
                    insert into order_status_history (client_id, order_id, seq, status, changed_at)
                    select 'scale-' || o % 4, 'O-' || o, s,
                           case s when 1 then 'CREATED'
                                  when 2 then case when o % 5 = 0 then 'FAILED' else 'FULFILLABLE' end
                                  when 3 then case when o % 5 = 0 then 'FULFILLABLE' else 'PROCESSING' end
                                  else case when o % 5 = 0 then 'PROCESSING' else 'PACKED' end end,
                           cast(:start as timestamptz) + (o / 4) * interval '504.576 s' + s * interval '1 minute'
                    from generate_series(0, cast(:rows as integer) / 4 - 1) o, generate_series(1, 4) s
                    """);
            // 100,000 RSI documents of ten items each, one return each; the channel SKUs are mapped.
            h.execute("""
                    insert into sku_mappings (client_id, channel_sku, client_sku)
                    select c, 'CH-' || s, 'SKU-' || s
                    from unnest(array['scale-0', 'scale-1', 'scale-2', 'scale-3']) c, generate_series(0, 49) s
                    """);
            update(h, """
                    insert into rsi_documents (client_id, document_id, ajio_created_at, accepted_at)
                    select 'scale-' || d % 4, 'RSI-' || d, cast(:start as timestamptz) + (d / 4) * interval '1261.44 s',
                           cast(:start as timestamptz) + (d / 4) * interval '1261.44 s' + interval '1 hour'
                    from generate_series(0, cast(:rows as integer) / 10 - 1) d
                    """);
            update(h, """
                    insert into returns (client_id, return_id, order_id, return_type, return_model, status,
                                         waiting_for, updated_at)
                    select 'scale-' || d % 4, 'R-' || d, 'O-' || d, 'CUSTOMER_RETURN', 'RSI',
                           case when d % 3 = 0 then 'EXPECTED' else 'COMPLETED' end, 'NONE', now()
                    from generate_series(0, cast(:rows as integer) / 10 - 1) d
                    """);
            update(h, """
                    insert into rsi_items (client_id, document_id, item_no, return_id, order_id, channel_sku,
                                           quantity, amount)
                    select 'scale-' || (g / 10) % 4, 'RSI-' || g / 10, g % 10, 'R-' || g / 10, 'O-' || g / 10,
                           'CH-' || g % 50, 1 + g % 3, 499.00
                    from generate_series(0, cast(:rows as integer) - 1) g
                    """);
            update(h, """
                    insert into qc_exceptions (client_id, return_id, order_id, sku, channel_sku, qc, quantity,
                                               reported_at)
                    select 'scale-' || g % 4, 'QR-' || (g / 4) / 2, 'O-' || (g / 4) / 2, 'SKU-' || (g / 4) % 2,
                           'CH-' || (g / 4) % 2, case when (g / 4) % 3 = 0 then 'MISSING' else 'FAIL' end, 1,
                           cast(:start as timestamptz) + (g / 4) * interval '126.144 s'
                    from generate_series(0, cast(:rows as integer) - 1) g
                    """);
            h.execute("reset session_replication_role");
            h.execute("analyze");
        });
        System.out.printf("generated a million rows of each report's table in %d s%n",
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void update(org.jdbi.v3.core.Handle h, String sql) {
        var update = h.createUpdate(sql);
        if (sql.contains(":start")) {
            update.bind("start", YEAR_START);
        }
        if (sql.contains(":rows")) {
            update.bind("rows", ROWS);
        }
        update.execute();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void eachReportFindsOneClientsMonthOfAMillionRowsThroughItsIndex() throws Exception {
        Map<String, Explained> chosen = new LinkedHashMap<>();
        Map<String, Explained> indexOnly = new LinkedHashMap<>();
        Map<String, Long> streamed = new LinkedHashMap<>();
        for (Method method : ReportDao.class.getMethods()) {
            SqlQuery query = method.getAnnotation(SqlQuery.class);
            if (query != null) {
                chosen.put(method.getName(), explain(query.value(), false));
                indexOnly.put(method.getName(), explain(query.value(), true));
                streamed.put(method.getName(), streamedMillis(method));
            }
        }
        System.out.println("One client's month (2026-01 IST) of a million rows a report:");
        chosen.forEach((name, plan) -> System.out.printf("  %s: %,d rows in %.1f ms (%,d buffers), streamed through"
                        + " the repository in %d ms; with sequential scans off %.1f ms%n    plan: %s%n", name, plan.rows,
                plan.millis, plan.buffers, streamed.get(name), indexOnly.get(name).millis, plan.nodes));

        assertThat(chosen.keySet()).as("a new report query must say which index finds its month")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        chosen.forEach((name, plan) -> {
            Expected expected = EXPECTED.get(name);
            assertThat(plan.rows).as(name + ": the month has rows").isPositive();
            assertThat(plan.indexes).as(name + ": " + plan.nodes).contains(expected.index());
            assertThat(plan.scannedWhole).as(name + ": " + plan.nodes).doesNotContain(expected.table());
            assertThat(plan.millis).as(name).isLessThan(BOUND_MILLIS);
            assertThat(indexOnly.get(name).scannedWhole).as(name + ": every table it reads has an index path")
                    .isEmpty();
            assertThat(indexOnly.get(name).rows).isEqualTo(plan.rows);
        });
    }

    private static Explained explain(String sql, boolean indexesOnly) throws Exception {
        String json = jdbi.inTransaction(h -> {
            if (indexesOnly) {
                h.execute("set local enable_seqscan = off");
            }
            return h.createQuery("explain (analyze, buffers, format json) " + sql)
                    .bind("clientId", "scale-1").bind("from", MONTH_START).bind("to", MONTH_END)
                    .mapTo(String.class).one();
        });
        JsonNode explained = Json.mapper().readTree(json).get(0);
        Explained plan = new Explained(explained.path("Execution Time").asDouble(),
                explained.path("Plan").path("Actual Rows").asLong());
        plan.read(explained.path("Plan"));
        return plan;
    }

    /** The same month read as the gateway reads it: every row mapped and handed over. */
    private static long streamedMillis(Method method) {
        ReportQuery<Object> query = (dao, clientId, from, to) -> {
            try {
                @SuppressWarnings("unchecked")
                java.util.stream.Stream<Object> rows = (java.util.stream.Stream<Object>) method.invoke(dao, clientId,
                        from, to);
                return rows;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        long started = System.nanoTime();
        long[] count = {0};
        new ReportRepository(jdbi).stream(query, "scale-1", MONTH_START, MONTH_END, rows -> {
            while (rows.hasNext()) {
                rows.next();
                count[0]++;
            }
        });
        assertThat(count[0]).isPositive();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** What a plan did: its time and rows, the indexes it used, the tables it read whole, its nodes and buffers. */
    private static final class Explained {
        final double millis;
        final long rows;
        final Set<String> indexes = new TreeSet<>();
        final Set<String> scannedWhole = new TreeSet<>();
        final List<String> nodes = new ArrayList<>();
        long buffers = -1;

        Explained(double millis, long rows) {
            this.millis = millis;
            this.rows = rows;
        }

        void read(JsonNode node) {
            if (buffers < 0) {
                buffers = node.path("Shared Hit Blocks").asLong() + node.path("Shared Read Blocks").asLong();
            }
            String type = node.path("Node Type").asText();
            String relation = node.path("Relation Name").asText("");
            String index = node.path("Index Name").asText("");
            nodes.add(type + (index.isEmpty() ? relation.isEmpty() ? "" : " on " + relation : " using " + index));
            if (!index.isEmpty()) {
                indexes.add(index);
            }
            if (type.equals("Seq Scan")) {
                scannedWhole.add(relation);
            }
            node.path("Plans").forEach(this::read);
        }
    }
}
