package com.vmsflow.store;

import com.vmsflow.erp.CancelledAfterPosting;
import org.jdbi.v3.core.Jdbi;

/** Rows of finance's "cancelled after ERP posting" report; a repeated row (a retried activity) is a no-op. */
public record CancelledAfterPostingRepository(Jdbi jdbi) {

    public void add(CancelledAfterPosting row) {
        jdbi.useExtension(CancelledAfterPostingDao.class, dao -> dao.add(row));
    }
}
