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
}
