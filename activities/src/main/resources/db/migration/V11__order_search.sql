-- Release 2: GET /orders?search= (issue 17). An order is found by its channel order id, its parent order id, its PO
-- number, its B2B invoice's IRN or its AWB, each an exact match compared in upper case (the channels' ids, PO numbers
-- and AWBs are upper-case letters and digits, an IRN is hex: none differs from another only by case, and a person
-- types them in either). Every key has an index on the expression the search compares, so a search reads index
-- entries, never the whole table.

-- The marketplace's parent order (the customer's order that Ajio split into this one) and the PO number of the B2B
-- order Ajio issues at the acknowledgement: written by the order's read-model writer, kept once known.
alter table orders add column parent_order_id text;
alter table orders add column po_number text;

create index orders_by_search_order_id on orders (client_id, upper(order_id));
create index orders_by_search_parent_order_id on orders (client_id, upper(parent_order_id))
    where parent_order_id is not null;
create index orders_by_search_po_number on orders (client_id, upper(po_number)) where po_number is not null;

-- The IRN is on the order's B2B invoice (RMS or ERP); the AWB is the shipping label's number (documents.doc_number).
create index documents_by_search_irn on documents (client_id, upper(irn)) where doc_kind = 'B2B_INVOICE';
create index documents_by_search_awb on documents (client_id, upper(doc_number)) where doc_kind = 'SHIPPING_LABEL';
