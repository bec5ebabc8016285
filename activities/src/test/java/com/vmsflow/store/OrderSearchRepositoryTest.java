package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.testing.TestDatabase;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /orders?search=} in the read model: the five keys, kept once known, read through indexes. */
class OrderSearchRepositoryTest {

    private static final String CLIENT = "search";
    private static final String OTHER = "search-other";
    private static final Instant CREATED = Instant.parse("2026-05-04T06:30:00Z");
    private static final String IRN = "a3f9" + "0".repeat(60);

    private static TestDatabase db;
    private static Jdbi jdbi;
    private static OrderRepository orders;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        jdbi = db.jdbi();
        orders = new OrderRepository(jdbi);
        Fixtures.addClient(jdbi, CLIENT);
        Fixtures.addClient(jdbi, OTHER);
        // FL-1's story as its workflow writes it: created with its parent order, the PO number known at the
        // acknowledgement, then a record without the keys (a waiting-state move) that must not erase them.
        orders.record(record(CLIENT, "FL-1", OrderStatus.CREATED, 1, "CUST-9", null));
        orders.record(record(CLIENT, "FL-1", OrderStatus.PROCESSING, 2, "CUST-9", "PO-FL-1"));
        orders.record(new OrderRecord(CLIENT, "FL-1", EInvoicingModel.RMS, OrderStatus.PROCESSING,
                WaitingFor.WAREHOUSE, "packing", CREATED, CREATED, List.of(), false, null, null));
        orders.record(record(CLIENT, "FL-2", OrderStatus.PROCESSING, 2, "CUST-9", "PO-FL-2"));
        orders.record(record(CLIENT, "FL-3", OrderStatus.PACKED, 3, null, "PO-FL-3"));
        orders.record(record(OTHER, "FL-1", OrderStatus.PROCESSING, 2, "CUST-9", "PO-FL-1"));
        DocumentRepository documents = new DocumentRepository(jdbi);
        documents.save(new StoredDocument(CLIENT, "FL-3", DocumentKind.B2B_INVOICE, "DR2627000003", null, "RMS", IRN,
                null, "{}"));
        documents.save(new StoredDocument(CLIENT, "FL-3", DocumentKind.SHIPPING_LABEL, "AWB1000003", null, "AJIO",
                null, null, "{}"));
        // A credit note's IRN names a return, not an order: never a match.
        documents.save(new StoredDocument(CLIENT, "RET-1", DocumentKind.CREDIT_NOTE, "CN2627000001", null, "RMS",
                "b" + "1".repeat(63), null, "{}"));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void eachKeyFindsItsOrders() {
        assertThat(search("FL-2")).containsExactly("FL-2");
        assertThat(search("CUST-9")).containsExactly("FL-1", "FL-2");
        assertThat(search("PO-FL-1")).containsExactly("FL-1");
        assertThat(search(IRN)).containsExactly("FL-3");
        assertThat(search("AWB1000003")).containsExactly("FL-3");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(search("fl-2")).containsExactly("FL-2");
        assertThat(search("po-fl-1")).containsExactly("FL-1");
        assertThat(search(IRN.toUpperCase())).containsExactly("FL-3");
        assertThat(search("awb1000003")).containsExactly("FL-3");
    }

    @Test
    void onlyExactMatchesAndNothingElsewhere() {
        assertThat(search("FL")).isEmpty();
        assertThat(search("PO-FL")).isEmpty();
        assertThat(search("b" + "1".repeat(63))).isEmpty();
        assertThat(search("DR2627000003")).isEmpty();
    }

    @Test
    void combinedWithTheStatusAndPaged() {
        assertThat(orders.search(CLIENT, "CUST-9", OrderStatus.PROCESSING, null, 10)).extracting(OrderRow::orderId)
                .containsExactly("FL-1", "FL-2");
        assertThat(orders.search(CLIENT, "CUST-9", OrderStatus.PACKED, null, 10)).isEmpty();
        assertThat(orders.search(CLIENT, "CUST-9", null, null, 1)).extracting(OrderRow::orderId)
                .containsExactly("FL-1");
        assertThat(orders.search(CLIENT, "CUST-9", null, "FL-1", 10)).extracting(OrderRow::orderId)
                .containsExactly("FL-2");
    }

    @Test
    void aKnownKeyIsKeptWhateverComesLater() {
        String kept = jdbi.withHandle(h -> h.createQuery("""
                select parent_order_id || ' ' || po_number from orders where client_id = :c and order_id = 'FL-1'
                """).bind("c", CLIENT).mapTo(String.class).one());

        assertThat(kept).isEqualTo("CUST-9 PO-FL-1");
    }

    /** A client with 20,000 orders and their documents: each key is looked up in its own index. */
    @Test
    void aSearchReadsIndexesNotTables() {
        List<String> plan = jdbi.withHandle(h -> {
            h.execute("""
                    insert into orders (client_id, order_id, e_invoicing_model, status, status_seq, waiting_for,
                                        ajio_created_at, parent_order_id, po_number)
                    select ?, 'BULK-' || n, 'RMS', 'PACKED', 3, 'NONE', now(), 'CUST-B' || n, 'PO-BULK-' || n
                    from generate_series(1, 20000) n on conflict do nothing
                    """, OTHER);
            h.execute("""
                    insert into documents (client_id, reference, doc_kind, doc_number, issuer, irn)
                    select ?, 'BULK-' || n, kind, kind || n, 'RMS', md5(kind || n)
                    from generate_series(1, 20000) n, unnest(array['B2B_INVOICE', 'SHIPPING_LABEL']) kind
                    on conflict do nothing
                    """, OTHER);
            h.execute("analyze orders");
            h.execute("analyze documents");
            return h.createQuery("explain " + OrderDao.SEARCH).bind("clientId", OTHER).bind("key", "CUST-B7")
                    .bindNull("status", Types.VARCHAR).bindNull("afterOrderId", Types.VARCHAR).bind("limit", 10)
                    .mapTo(String.class).list();
        });

        assertThat(String.join("\n", plan)).doesNotContain("Seq Scan")
                .contains("orders_by_search_order_id", "orders_by_search_parent_order_id",
                        "orders_by_search_po_number", "documents_by_search_irn", "documents_by_search_awb");
        assertThat(orders.search(OTHER, "po-bulk-7", null, null, 10)).extracting(OrderRow::orderId)
                .containsExactly("BULK-7");
    }

    private static List<String> search(String key) {
        return orders.search(CLIENT, key, null, null, 10).stream().map(OrderRow::orderId).toList();
    }

    private static OrderRecord record(String clientId, String orderId, OrderStatus status, int seq,
                                      String parentOrderId, String poNumber) {
        return new OrderRecord(clientId, orderId, EInvoicingModel.RMS, status, WaitingFor.NONE, null, null, CREATED,
                List.of(), false, null, null, null,
                new StatusChange(seq, status, CREATED.plusSeconds(seq), "step " + seq), parentOrderId, poNumber);
    }
}
