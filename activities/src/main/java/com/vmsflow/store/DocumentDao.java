package com.vmsflow.store;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StoredDocument.class)
interface DocumentDao {

    @SqlQuery("""
            select doc_number from document_numbers
            where client_id = :clientId and doc_type = :type and reference = :reference
            """)
    Optional<String> findNumber(String clientId, DocumentType type, String reference);

    @SqlUpdate("""
            insert into document_series (client_id, doc_type, fin_year, next_value)
            values (:clientId, :type, :finYear, 1)
            on conflict do nothing
            """)
    void createSeries(String clientId, DocumentType type, String finYear);

    @SqlQuery("""
            select next_value from document_series
            where client_id = :clientId and doc_type = :type and fin_year = :finYear
            for update
            """)
    long lockSeries(String clientId, DocumentType type, String finYear);

    @SqlUpdate("""
            update document_series set next_value = next_value + 1
            where client_id = :clientId and doc_type = :type and fin_year = :finYear
            """)
    void advanceSeries(String clientId, DocumentType type, String finYear);

    /** Answers 0 if the reference has a number already. */
    @SqlUpdate("""
            insert into document_numbers (client_id, doc_type, reference, doc_number)
            values (:clientId, :type, :reference, :number)
            on conflict (client_id, doc_type, reference) do nothing
            """)
    int insertNumber(String clientId, DocumentType type, String reference, String number);

    @SqlQuery("select invoice_prefix from clients where client_id = :clientId")
    Optional<String> invoicePrefix(String clientId);

    @SqlUpdate("""
            insert into documents (client_id, reference, doc_kind, doc_number, doc_date, issuer, irn, total_value,
                                   content)
            values (:clientId, :reference, :kind, :number, :date, :issuer, :irn, :totalValue,
                    cast(coalesce(:contentJson, '{}') as jsonb))
            on conflict (client_id, doc_kind, doc_number) do nothing
            """)
    void save(@BindMethods StoredDocument document);

    @SqlQuery("""
            select client_id, reference, doc_kind as kind, doc_number as number, doc_date as date, issuer, irn,
                   total_value, cast(content as text) as content_json
            from documents where client_id = :clientId and doc_kind = :kind and doc_number = :number
            """)
    Optional<StoredDocument> find(String clientId, DocumentKind kind, String number);

    @SqlQuery("""
            select client_id, reference, doc_kind as kind, doc_number as number, doc_date as date, issuer, irn,
                   total_value, cast(content as text) as content_json
            from documents where client_id = :clientId and reference = :reference
            order by document_id
            """)
    List<StoredDocument> forReference(String clientId, String reference);
}
