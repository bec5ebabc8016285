-- VMS Flow, first schema: clients and keys, the catalogue (SKU mappings, inventory with soft reservations),
-- the read model of orders with their status history, documents, handovers.

create table clients (
    client_id          text primary key check (client_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name               text        not null,
    ajio_seller_id     text        not null,
    supplier_gstin     text        not null,
    e_invoicing_model  text        not null check (e_invoicing_model in ('ERP', 'RMS')),
    return_model       text        not null check (return_model in ('CREDIT_NOTE_ERP', 'CREDIT_NOTE_RMS', 'RSI')),
    posting_mode       text        not null check (posting_mode in ('PUSH', 'PULL')),
    erp_url            text,
    hold_seconds       integer     not null check (hold_seconds >= 0),
    erp_invoice_deadline_seconds integer not null check (erp_invoice_deadline_seconds > 0),
    invoice_prefix     text        not null check (invoice_prefix ~ '^[A-Z][A-Z0-9]{0,3}$'),
    updated_at         timestamptz not null default now()
);

-- Keys are stored as SHA-256 of the key: a leaked table gives no usable key.
create table api_keys (
    key_id      bigserial primary key,
    key_hash    text        not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    client_id   text references clients (client_id),
    role        text        not null check (role in ('ERP', 'WAREHOUSE', 'SELLER', 'SUPPORT')),
    label       text        not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    check ((role = 'SUPPORT') = (client_id is null))
);

create table sku_mappings (
    client_id    text        not null references clients (client_id),
    channel_sku  text        not null,
    client_sku   text        not null,
    updated_at   timestamptz not null default now(),
    primary key (client_id, channel_sku)
);

create table inventory (
    client_id   text        not null references clients (client_id),
    sku         text        not null,
    location    text        not null,
    on_hand     integer     not null check (on_hand >= 0),
    updated_at  timestamptz not null default now(),
    primary key (client_id, sku, location)
);

-- Soft reservations: what an order holds of a SKU at a location. Available = on_hand - sum(reserved).
create table reservations (
    client_id   text        not null,
    order_id    text        not null,
    sku         text        not null,
    location    text        not null,
    quantity    integer     not null check (quantity > 0),
    updated_at  timestamptz not null default now(),
    primary key (client_id, order_id, sku, location),
    foreign key (client_id, sku, location) references inventory (client_id, sku, location)
);
create index reservations_by_stock on reservations (client_id, sku, location);

-- Orders whose reservation went out with the courier: consuming twice must not lower on_hand twice.
create table consumed_reservations (
    client_id   text        not null,
    order_id    text        not null,
    consumed_at timestamptz not null default now(),
    primary key (client_id, order_id)
);

-- The read model of forward orders, written by the workflows' local activities.
create table orders (
    client_id          text        not null references clients (client_id),
    order_id           text        not null,
    e_invoicing_model  text        not null,
    status             text        not null,
    status_seq         integer     not null,
    waiting_for        text        not null,
    waiting_for_what   text,
    waiting_since      timestamptz,
    ajio_created_at    timestamptz not null,
    missing_channel_skus text[]    not null default '{}',
    overdue            boolean     not null default false,
    flag               text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    primary key (client_id, order_id)
);
create index orders_by_status on orders (client_id, status, updated_at);

create table order_status_history (
    client_id   text        not null,
    order_id    text        not null,
    seq         integer     not null,
    status      text        not null,
    changed_at  timestamptz not null,
    note        text,
    primary key (client_id, order_id, seq),
    foreign key (client_id, order_id) references orders (client_id, order_id)
);
create index order_status_history_by_time on order_status_history (client_id, status, changed_at);

-- Document numbers of our own series (RMS invoices, credit notes): one number per document, whatever the retries.
create table document_series (
    client_id   text    not null references clients (client_id),
    doc_type    text    not null,
    fin_year    text    not null,
    next_value  bigint  not null,
    primary key (client_id, doc_type, fin_year)
);

create table document_numbers (
    client_id   text        not null,
    doc_type    text        not null,
    reference   text        not null,
    doc_number  text        not null,
    created_at  timestamptz not null default now(),
    primary key (client_id, doc_type, reference),
    unique (client_id, doc_type, doc_number)
);

-- Documents made for orders and returns: e-invoices (RMS or ERP), B2C invoices, labels, manifests, credit notes.
create table documents (
    document_id   bigserial primary key,
    client_id     text        not null references clients (client_id),
    reference     text        not null,  -- the order id (or return id, or handover id for a manifest)
    doc_kind      text        not null check (doc_kind in ('B2B_INVOICE', 'B2C_INVOICE', 'SHIPPING_LABEL',
                                                             'MANIFEST', 'CREDIT_NOTE')),
    doc_number    text        not null,
    doc_date      date,
    issuer        text        not null check (issuer in ('RMS', 'ERP', 'AJIO')),
    irn           text,
    total_value   numeric(14, 2),
    content       jsonb       not null default '{}',
    created_at    timestamptz not null default now(),
    unique (client_id, doc_kind, doc_number)
);
create index documents_by_reference on documents (client_id, reference);
create index documents_by_issuer_time on documents (client_id, issuer, created_at);

-- Handovers: one batch of orders to a courier. An order can be on one handover only.
create table handovers (
    client_id     text        not null references clients (client_id),
    handover_id   text        not null,
    courier       text        not null,
    order_ids     text[]      not null,
    created_at    timestamptz not null default now(),
    primary key (client_id, handover_id)
);

create table handover_orders (
    client_id     text not null,
    order_id      text not null,
    handover_id   text not null,
    primary key (client_id, order_id),
    foreign key (client_id, handover_id) references handovers (client_id, handover_id)
);
