package com.vmsflow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ClientDao.Stored.class)
interface ClientDao {

    /** The clients table as it is; {@link #toRow()} nests the profile. */
    record Stored(String clientId, String name, String ajioSellerId, String supplierGstin,
                  EInvoicingModel eInvoicingModel, ReturnModel returnModel, PostingMode postingMode,
                  long holdSeconds, long erpInvoiceDeadlineSeconds, String invoicePrefix, String fulfilledBy,
                  String b2b2cTerms) {

        ClientRow toRow() {
            return new ClientRow(clientId, name, ajioSellerId, new ClientProfile(clientId, supplierGstin,
                    eInvoicingModel, returnModel, postingMode, Duration.ofSeconds(holdSeconds),
                    Duration.ofSeconds(erpInvoiceDeadlineSeconds), invoicePrefix), fulfilledBy,
                    b2b2cTerms == null ? null : terms(b2b2cTerms));
        }

        private static B2b2cTerms terms(String json) {
            try {
                return Json.mapper().readValue(json, B2b2cTerms.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("clients.b2b2c_terms is not B2b2cTerms: " + e.getMessage(), e);
            }
        }
    }

    // updated_at moves only when a setting changed, so it tells when the configuration last changed.
    @SqlUpdate("""
            insert into clients (client_id, name, ajio_seller_id, supplier_gstin, e_invoicing_model, return_model,
                                 posting_mode, erp_url, hold_seconds, erp_invoice_deadline_seconds, invoice_prefix)
            values (:clientId, :name, :ajioSellerId, :supplierGstin, :eInvoicingModel, :returnModel,
                    :postingMode, :erpUrl, :holdSeconds, :erpInvoiceDeadlineSeconds, :invoicePrefix)
            on conflict (client_id) do update set
                name = excluded.name, ajio_seller_id = excluded.ajio_seller_id,
                supplier_gstin = excluded.supplier_gstin, e_invoicing_model = excluded.e_invoicing_model,
                return_model = excluded.return_model, posting_mode = excluded.posting_mode,
                erp_url = excluded.erp_url, hold_seconds = excluded.hold_seconds,
                erp_invoice_deadline_seconds = excluded.erp_invoice_deadline_seconds,
                invoice_prefix = excluded.invoice_prefix, updated_at = now()
            where (clients.name, clients.ajio_seller_id, clients.supplier_gstin, clients.e_invoicing_model,
                   clients.return_model, clients.posting_mode, clients.erp_url, clients.hold_seconds,
                   clients.erp_invoice_deadline_seconds, clients.invoice_prefix)
                  is distinct from
                  (excluded.name, excluded.ajio_seller_id, excluded.supplier_gstin, excluded.e_invoicing_model,
                   excluded.return_model, excluded.posting_mode, excluded.erp_url, excluded.hold_seconds,
                   excluded.erp_invoice_deadline_seconds, excluded.invoice_prefix)
            """)
    void upsert(String clientId, String name, String ajioSellerId, String supplierGstin,
                EInvoicingModel eInvoicingModel, ReturnModel returnModel, PostingMode postingMode, String erpUrl,
                long holdSeconds, long erpInvoiceDeadlineSeconds, String invoicePrefix);

    /** A partner's pairing (or none); set after every client is written, as the brand may come later in the list. */
    @SqlUpdate("""
            update clients set fulfilled_by = :fulfilledBy, b2b2c_terms = cast(:terms as jsonb), updated_at = now()
            where client_id = :clientId
              and (fulfilled_by, b2b2c_terms) is distinct from (:fulfilledBy, cast(:terms as jsonb))
            """)
    void pair(String clientId, String fulfilledBy, String terms);

    @SqlQuery("""
            select client_id, name, ajio_seller_id, supplier_gstin, e_invoicing_model, return_model, posting_mode,
                   hold_seconds, erp_invoice_deadline_seconds, invoice_prefix, fulfilled_by, b2b2c_terms::text
            from clients where client_id = :clientId
            """)
    Optional<Stored> find(String clientId);

    @SqlQuery("""
            select client_id, name, ajio_seller_id, supplier_gstin, e_invoicing_model, return_model, posting_mode,
                   hold_seconds, erp_invoice_deadline_seconds, invoice_prefix, fulfilled_by, b2b2c_terms::text
            from clients order by client_id
            """)
    List<Stored> all();
}
