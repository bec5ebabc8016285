package com.vmsflow.store;

import com.vmsflow.returns.QcException;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnStatus;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The returns read model (lists, the RTO look-up, RSI links) and the qc-exceptions report rows. */
public record ReturnRepository(Jdbi jdbi) {

    /** Writes the return's row; an older record arriving late (a retry) does not overwrite a newer one. */
    public void record(ReturnRecord r) {
        jdbi.useExtension(ReturnDao.class, dao -> dao.upsert(r.clientId(), r.returnId(), r.orderId(), r.type().name(),
                r.returnModel().name(), r.status().name(), r.waitingFor().name(), r.note(), r.changedAt()));
    }

    public Optional<String> rtoReturnOf(String clientId, String orderId) {
        return jdbi.withExtension(ReturnDao.class, dao -> dao.rtoReturnOf(clientId, orderId));
    }

    /** A page of returns by return id: of one status or (null) any, after {@code afterReturnId} or (null) the start. */
    public List<ReturnRow> list(String clientId, ReturnStatus status, String afterReturnId, int limit) {
        return jdbi.withExtension(ReturnDao.class, dao -> dao.list(clientId, status == null ? null : status.name(),
                afterReturnId, limit));
    }

    /** The return's row, for a return whose workflow has passed Temporal's retention. */
    public Optional<ReturnRow> find(String clientId, String returnId) {
        return jdbi.withExtension(ReturnDao.class, dao -> dao.find(clientId, returnId));
    }

    public Optional<String> status(String clientId, String returnId) {
        return jdbi.withExtension(ReturnDao.class, dao -> dao.status(clientId, returnId));
    }

    /** Adds QC FAIL and MISSING rows; a repeat (a retried activity) is a no-op. */
    public void addQcExceptions(List<QcException> exceptions) {
        jdbi.useTransaction(h -> {
            ReturnDao dao = h.attach(ReturnDao.class);
            exceptions.forEach(q -> dao.addQcException(q.clientId(), q.returnId(), q.orderId(), q.sku(),
                    q.channelSku(), q.qc().name(), q.quantity(), q.reportedAt()));
        });
    }
}
