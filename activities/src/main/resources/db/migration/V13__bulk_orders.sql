-- Bulk B2B outward orders (issue 17, seed 004): each a workflow, allocated when the seller or support asks, from the
-- pool its QC status names (PASS: GOOD, FAIL: QC_FAIL) at its location. Its stock is held as soft reservations beside
-- the forward orders' (order_id 'bulk:' || its id), so neither oversells the other and the channels see what is left.

-- A bulk order with QC status FAIL holds QC_FAIL stock; forward orders still reserve GOOD only (they name no pool).
alter table reservations drop constraint reservations_pool_check;
alter table reservations add constraint reservations_pool_check check (pool in ('GOOD', 'QC_FAIL'));

-- Each allocation round of a bulk order runs once: a retried activity finds its round and reserves nothing more.
create table bulk_allocation_rounds (
    client_id      text        not null references clients (client_id),
    bulk_order_id  text        not null,
    round          integer     not null check (round > 0),
    allocated_at   timestamptz not null default now(),
    primary key (client_id, bulk_order_id, round)
);

-- A bulk order's stock leaves once: after it, nothing of it is reserved or taken out again.
create table bulk_dispatches (
    client_id      text        not null references clients (client_id),
    bulk_order_id  text        not null,
    dispatched_at  timestamptz not null default now(),
    primary key (client_id, bulk_order_id)
);

-- The read model: one row per bulk order for GET /bulk-orders (paged by id, of a status) and, once its workflow is
-- gone, GET /bulk-orders/{id} (the state as the workflow last wrote it). revision: an older write never wins.
create table bulk_orders (
    client_id         text        not null references clients (client_id),
    bulk_order_id     text        not null,
    fulfilment_type   text        not null check (fulfilment_type in ('BLOCK_COMPLETE', 'PARTIAL')),
    qc_status         text        not null check (qc_status in ('PASS', 'FAIL')),
    location          text        not null,
    status            text        not null,
    waiting_for       text        not null,
    waiting_for_what  text,
    waiting_since     timestamptz,
    revision          integer     not null,
    state             jsonb       not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null default now(),
    primary key (client_id, bulk_order_id)
);
create index bulk_orders_by_status on bulk_orders (client_id, status, bulk_order_id);

-- ERP postings of bulk orders' dispatches.
alter table erp_postings drop constraint erp_postings_event_type_check;
alter table erp_postings add constraint erp_postings_event_type_check check (event_type in ('OUTWARD_ORDER_CREATE',
    'OUTWARD_ORDER_CANCEL', 'OUTWARD_ORDER_COMPLETE', 'RETURN_ORDER_CREATE', 'BULK_ORDER_DISPATCH'));
