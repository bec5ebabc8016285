package com.vmsflow.store;

import com.vmsflow.erp.CancelledAfterPosting;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of finance's "cancelled after ERP posting" rows. */
interface CancelledAfterPostingDao {

    @SqlUpdate("""
            insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source, full_cancellation,
                                                     reason, invoice_received, invoice_number)
            values (:clientId, :orderId, :cancelledAt, :source, :full, :reason, :invoiceReceived, :invoiceNumber)
            on conflict do nothing
            """)
    void add(@BindMethods CancelledAfterPosting row);
}
