package com.vmsflow.store.report;

import com.vmsflow.erp.CancelledAfterPosting;
import java.time.Instant;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The report queries: each streams one client's rows of an instant range [from, to), oldest first, by an index on
 * the client and the report's time column. Public so that the gateway's table of reports can name its queries; they
 * are run by {@link ReportRepository#stream}, whose transaction lets PostgreSQL serve them through a cursor of
 * {@link #FETCH_SIZE} rows instead of the whole result at once.
 */
@RegisterConstructorMapper(CancelledAfterPosting.class)
@RegisterConstructorMapper(RmsDocumentRow.class)
@RegisterConstructorMapper(FailedOrderRow.class)
@RegisterConstructorMapper(RsiItemRow.class)
@RegisterConstructorMapper(QcExceptionRow.class)
@RegisterConstructorMapper(InventoryDifferenceRow.class)
@RegisterConstructorMapper(StatusMismatchRow.class)
@RegisterConstructorMapper(B2b2cInvoiceRow.class)
public interface ReportDao {

    int FETCH_SIZE = 1000;

    @SqlQuery("""
            select client_id, order_id, source, full_cancellation as "full", reason, invoice_received, invoice_number,
                   cancelled_at
            from cancelled_after_erp_posting
            where client_id = :clientId and cancelled_at >= :from and cancelled_at < :to
            order by cancelled_at, order_id
            """)
    @FetchSize(FETCH_SIZE)
    Stream<CancelledAfterPosting> cancelledAfterErpPosting(String clientId, Instant from, Instant to);

    @SqlQuery("""
            select reference, doc_kind as document_kind, doc_number as document_number, doc_date as document_date,
                   irn, total_value, created_at
            from documents
            where client_id = :clientId and issuer = 'RMS' and created_at >= :from and created_at < :to
              and doc_kind in ('B2B_INVOICE', 'CREDIT_NOTE')
            order by created_at, document_id
            """)
    @FetchSize(FETCH_SIZE)
    Stream<RmsDocumentRow> rmsDocuments(String clientId, Instant from, Instant to);

    /** Each time an order went FAILED in the range; it is resolved by the next status change (one that leaves it). */
    @SqlQuery("""
            select h.order_id, h.changed_at as failed_at, o.missing_channel_skus, o.status as current_status,
                   (select n.changed_at from order_status_history n
                     where n.client_id = h.client_id and n.order_id = h.order_id and n.seq > h.seq
                       and n.status <> 'FAILED'
                     order by n.seq
                     limit 1) as resolved_at
            from order_status_history h
            join orders o on o.client_id = h.client_id and o.order_id = h.order_id
            where h.client_id = :clientId and h.status = 'FAILED' and h.changed_at >= :from and h.changed_at < :to
            order by h.changed_at, h.order_id, h.seq
            """)
    @FetchSize(FETCH_SIZE)
    Stream<FailedOrderRow> failedOrders(String clientId, Instant from, Instant to);

    /**
     * The items of the RSI documents Ajio made in the range, with what we know of their returns: an item of a return
     * the sync has not brought yet has no status; a return counts as received once the warehouse reported it.
     */
    @SqlQuery("""
            select d.document_id, d.ajio_created_at as document_created_at, d.accepted_at, i.return_id, i.order_id,
                   i.channel_sku, m.client_sku as sku, i.quantity, i.amount, r.status as return_status,
                   coalesce(r.status in ('RECEIVED', 'QC_UPDATED', 'AWAITING_CREDIT_NOTE', 'COMPLETED'), false)
                       as received
            from rsi_documents d
            join rsi_items i on i.client_id = d.client_id and i.document_id = d.document_id
            left join returns r on r.client_id = i.client_id and r.return_id = i.return_id
            left join sku_mappings m on m.client_id = i.client_id and m.channel_sku = i.channel_sku
            where d.client_id = :clientId and d.ajio_created_at >= :from and d.ajio_created_at < :to
            order by d.ajio_created_at, d.document_id, i.item_no
            """)
    @FetchSize(FETCH_SIZE)
    Stream<RsiItemRow> rsiItems(String clientId, Instant from, Instant to);

    @SqlQuery("""
            select return_id, order_id, sku, channel_sku, qc, quantity, reported_at
            from qc_exceptions
            where client_id = :clientId and reported_at >= :from and reported_at < :to
            order by reported_at, return_id, sku, qc
            """)
    @FetchSize(FETCH_SIZE)
    Stream<QcExceptionRow> qcExceptions(String clientId, Instant from, Instant to);

    /** What the client's channels' full reconciliations found different, by when they found it. */
    @SqlQuery("""
            select client_id, channel_id, reconciliation_id, channel_sku, client_sku, shown, expected, kind, pushed,
                   found_at
            from inventory_differences
            where client_id = :clientId and found_at >= :from and found_at < :to
            order by found_at, channel_id, reconciliation_id, channel_sku collate "C"
            """)
    @FetchSize(FETCH_SIZE)
    Stream<InventoryDifferenceRow> inventoryDifferences(String clientId, Instant from, Instant to);

    /** Open orders Ajio showed cancelled without a feed event, with the order as it stands now. */
    @SqlQuery("""
            select m.order_id, m.our_status, m.ajio_view, m.found_at, m.event_id, o.status as status_now,
                   coalesce(o.flag is not null, false) as flagged_for_support
            from status_mismatches m
            left join orders o on o.client_id = m.client_id and o.order_id = m.order_id
            where m.client_id = :clientId and m.found_at >= :from and m.found_at < :to
            order by m.found_at, m.order_id, m.event_id
            """)
    @FetchSize(FETCH_SIZE)
    Stream<StatusMismatchRow> statusMismatches(String clientId, Instant from, Instant to);

    /** The brand's e-invoices to its partners (B2B2C) stored in the range, with each order's partner and status. */
    @SqlQuery("""
            select d.created_at, d.reference as order_id, o.partner_client_id, d.doc_number as invoice_number,
                   d.doc_date as invoice_date, d.irn, d.issuer, d.total_value, o.status as order_status
            from documents d
            left join orders o on o.client_id = d.client_id and o.order_id = d.reference
            where d.client_id = :clientId and d.doc_kind = 'B2B2C_INVOICE'
              and d.created_at >= :from and d.created_at < :to
            order by d.created_at, d.reference, d.document_id
            """)
    @FetchSize(FETCH_SIZE)
    Stream<B2b2cInvoiceRow> b2b2cInvoices(String clientId, Instant from, Instant to);
}
