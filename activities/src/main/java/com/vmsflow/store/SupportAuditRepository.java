package com.vmsflow.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The audit trail of support actions: kept in PostgreSQL beside the workflow's own record of them. */
public record SupportAuditRepository(Jdbi jdbi) {

    /** One action; {@code at} is set by the database (null when adding). */
    public record Entry(String clientId, String workflowId, String action, String reason, long keyId, String caller,
                        String outcome, String refusalCode, String refusalMessage, Instant at) {
    }

    public void add(Entry entry) {
        jdbi.useExtension(SupportAuditDao.class, dao -> dao.add(entry));
    }

    public List<Entry> of(String clientId, String workflowId) {
        return jdbi.withExtension(SupportAuditDao.class, dao -> dao.of(clientId, workflowId));
    }
}
