package com.vmsflow.store;

import com.vmsflow.erp.CancelledAfterPosting;
import org.jdbi.v3.core.Jdbi;

/** Rows of finance's "cancelled after ERP posting" report; a repeated row (a retried activity) is a no-op. */
public class CancelledAfterPostingRepository {

    private final Jdbi jdbi;

    public CancelledAfterPostingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void add(CancelledAfterPosting row) {
        jdbi.useHandle(h -> h.createUpdate("insert into cancelled_after_erp_posting (client_id, order_id,"
                        + " cancelled_at, source, full_cancellation, reason, invoice_received, invoice_number)"
                        + " values (:clientId, :orderId, :cancelledAt, :source, :full, :reason, :invoiceReceived,"
                        + " :invoiceNumber) on conflict do nothing")
                .bindMethods(row)
                .bind("source", row.source().name())
                .execute());
    }
}
