-- Returns (one row per Ajio return expectation), QC exceptions for offline settlement, and RSI documents with
-- their items (the rsi-items report the client makes its inward PO and GRN from).

create table returns (
    client_id     text        not null references clients (client_id),
    return_id     text        not null,
    order_id      text        not null,
    return_type   text        not null check (return_type in ('CUSTOMER_RETURN', 'RTO')),
    return_model  text        not null check (return_model in ('CREDIT_NOTE_ERP', 'CREDIT_NOTE_RMS', 'RSI')),
    status        text        not null,
    waiting_for   text        not null,
    note          text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null,
    primary key (client_id, return_id)
);
create index returns_by_order on returns (client_id, order_id, return_type);

create table qc_exceptions (
    client_id    text        not null references clients (client_id),
    return_id    text        not null,
    order_id     text        not null,
    sku          text        not null,
    channel_sku  text        not null,
    qc           text        not null check (qc in ('FAIL', 'MISSING')),
    quantity     integer     not null check (quantity > 0),
    reported_at  timestamptz not null,
    primary key (client_id, return_id, sku, qc)
);
create index qc_exceptions_by_time on qc_exceptions (client_id, reported_at);

create table rsi_documents (
    client_id        text        not null references clients (client_id),
    document_id      text        not null,
    ajio_created_at  timestamptz not null,
    recorded_at      timestamptz not null default now(),
    accepted_at      timestamptz,
    primary key (client_id, document_id)
);
create index rsi_documents_by_time on rsi_documents (client_id, ajio_created_at);

create table rsi_items (
    client_id    text           not null,
    document_id  text           not null,
    item_no      integer        not null,
    return_id    text           not null,
    order_id     text           not null,
    channel_sku  text           not null,
    quantity     integer        not null check (quantity > 0),
    amount       numeric(14, 2) not null,
    primary key (client_id, document_id, item_no),
    foreign key (client_id, document_id) references rsi_documents (client_id, document_id)
);
create index rsi_items_by_return on rsi_items (client_id, return_id);
