-- ERP postings: one outbox for both modes. PUSH delivers each row to the ERP's URL; PULL serves them in cursor
-- order on GET /postings and marks them delivered on POST /postings/ack.

-- Each client's cursors come from this row, locked by the inserting transaction until it commits: cursors become
-- visible in order, so a PULL reader can never see cursor 11 while cursor 10 is still to come.
create table erp_posting_cursors (
    client_id   text   primary key references clients (client_id),
    last_cursor bigint not null default 0
);

create table erp_postings (
    client_id     text        not null references clients (client_id),
    cursor        bigint      not null,
    message_id    text        not null unique,
    event_type    text        not null check (event_type in ('OUTWARD_ORDER_CREATE', 'OUTWARD_ORDER_CANCEL',
                                                             'OUTWARD_ORDER_COMPLETE', 'RETURN_ORDER_CREATE')),
    order_id      text,
    return_id     text,
    payload       jsonb       not null,
    created_at    timestamptz not null,
    delivered_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text,
    primary key (client_id, cursor)
);

-- PULL mode: what the ERP acknowledged; the feed never serves a posting at or below it again.
create table erp_pull_acks (
    client_id   text        primary key references clients (client_id),
    acked_up_to bigint      not null,
    acked_at    timestamptz not null default now()
);

-- Finance's report: orders cancelled after they were posted to the ERP (credit notes are raised by hand).
create table cancelled_after_erp_posting (
    client_id         text        not null references clients (client_id),
    order_id          text        not null,
    cancelled_at      timestamptz not null,
    source            text        not null,
    full_cancellation boolean     not null,
    reason            text        not null,
    invoice_received  boolean     not null,
    invoice_number    text,
    primary key (client_id, order_id, cancelled_at)
);
create index cancelled_after_erp_posting_by_time on cancelled_after_erp_posting (client_id, cancelled_at);
