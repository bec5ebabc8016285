-- Every support action through the gateway, accepted or refused: who (the API key), what, on which workflow, why.
create table support_audit (
    audit_id        bigserial   primary key,
    client_id       text        not null references clients (client_id),
    workflow_id     text        not null,
    action          text        not null,
    reason          text        not null,
    key_id          bigint      not null references api_keys (key_id),
    caller          text        not null,
    outcome         text        not null check (outcome in ('ACCEPTED', 'REFUSED')),
    refusal_code    text,
    refusal_message text,
    at              timestamptz not null default now()
);
create index support_audit_by_workflow on support_audit (client_id, workflow_id, at);
