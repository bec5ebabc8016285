package com.vmsflow.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the support audit trail. */
interface SupportAuditDao {

    @SqlUpdate("""
            insert into support_audit (client_id, workflow_id, action, reason, key_id, caller, outcome, refusal_code,
                                       refusal_message)
            values (:clientId, :workflowId, :action, :reason, :keyId, :caller, :outcome, :refusalCode,
                    :refusalMessage)""")
    void add(@BindMethods SupportAuditRepository.Entry entry);

    @SqlQuery("""
            select client_id, workflow_id, action, reason, key_id, caller, outcome, refusal_code, refusal_message, at
              from support_audit where client_id = :clientId and workflow_id = :workflowId order by audit_id""")
    @RegisterConstructorMapper(SupportAuditRepository.Entry.class)
    List<SupportAuditRepository.Entry> of(@Bind("clientId") String clientId, @Bind("workflowId") String workflowId);
}
