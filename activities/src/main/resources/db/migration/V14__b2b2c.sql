-- B2B2C between two clients (seed 002): a brand fulfils the marketplace orders of a partner's seller account.

-- A partner's pairing with the brand that fulfils it, and the terms its orders carry (B2b2cTerms as JSON: GSTIN,
-- billing address, account codes, cost price). Null for a client that sells its own stock.
alter table clients add column fulfilled_by text references clients (client_id);
alter table clients add column b2b2c_terms jsonb;
alter table clients add constraint clients_partner_has_terms
    check ((fulfilled_by is null) = (b2b2c_terms is null) and fulfilled_by is distinct from client_id);

-- A brand's order on a partner's seller account: the partner (its manifests, its SKU mappings, the report).
alter table orders add column partner_client_id text references clients (client_id);
create index orders_by_partner on orders (partner_client_id, client_id) where partner_client_id is not null;

-- The brand's e-invoice to its partner is a document of the order like the others.
alter table documents drop constraint documents_doc_kind_check;
alter table documents add constraint documents_doc_kind_check
    check (doc_kind in ('B2B_INVOICE', 'B2C_INVOICE', 'SHIPPING_LABEL', 'MANIFEST', 'CREDIT_NOTE', 'B2B2C_INVOICE'));
create index documents_b2b2c_by_time on documents (client_id, created_at) where doc_kind = 'B2B2C_INVOICE';

-- The brand's ERP hears of a partner's order at packing, and of what comes back from the partner.
alter table erp_postings drop constraint erp_postings_event_type_check;
alter table erp_postings add constraint erp_postings_event_type_check check (event_type in ('OUTWARD_ORDER_CREATE',
    'OUTWARD_ORDER_CANCEL', 'OUTWARD_ORDER_COMPLETE', 'RETURN_ORDER_CREATE', 'BULK_ORDER_DISPATCH',
    'B2B2C_PACK_CONFIRMATION', 'B2B2C_RETURN'));
