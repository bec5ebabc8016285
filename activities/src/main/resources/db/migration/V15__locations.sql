-- Omnichannel (seed 003, issue 19): the client's locations, stores and warehouses, by the ERP's ids ("the store id of
-- OMS and ERP has to be the same"), with where they are, for routing web store orders. Written from the settings
-- at start-up with the channels; a client that names none keeps free-form inventory locations (release 1).
create table locations (
    client_id    text        not null references clients (client_id),
    location_id  text        not null check (location_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
    kind         text        not null check (kind in ('WAREHOUSE', 'STORE')),
    country      text        not null check (country ~ '^[A-Z]{2}$'),
    city         text,
    postcode     text,
    updated_at   timestamptz not null default now(),
    primary key (client_id, location_id)
);
