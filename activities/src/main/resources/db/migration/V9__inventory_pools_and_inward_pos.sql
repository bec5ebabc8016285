-- Release 2 (issue 17): stock per pool (GOOD sellable, QC_FAIL returns that failed QC, RECYCLE held aside), moves
-- between pools, returns restocked by their QC result, and inward POs received by GRNs.

-- Every row so far is sellable stock: the default carries it into GOOD.
alter table inventory add column pool text not null default 'GOOD'
    check (pool in ('GOOD', 'QC_FAIL', 'RECYCLE'));
alter table reservations drop constraint reservations_client_id_sku_location_fkey;
alter table inventory drop constraint inventory_pkey;
alter table inventory add primary key (client_id, sku, location, pool);

-- Orders reserve from GOOD only: a reservation names its pool so that the key says so.
alter table reservations add column pool text not null default 'GOOD' check (pool = 'GOOD');
alter table reservations add foreign key (client_id, sku, location, pool)
    references inventory (client_id, sku, location, pool);

create or replace function reservations_keep_total() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update inventory set reserved = reserved - old.quantity
        where client_id = old.client_id and sku = old.sku and location = old.location and pool = old.pool;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update inventory set reserved = reserved + new.quantity
        where client_id = new.client_id and sku = new.sku and location = new.location and pool = new.pool;
    end if;
    return null;
end;
$$;

-- The channels are shown the GOOD pool only (V8's figure otherwise unchanged).
create or replace view channel_sku_available as
select c.client_id, c.channel_id, i.sku as client_sku,
       greatest(sum(greatest(i.on_hand - i.reserved, 0)) - coalesce(max(b.buffer), c.buffer), 0)::integer
           as available
from channels c
join inventory i on i.client_id = c.client_id and i.pool = 'GOOD'
left join channel_sku_buffers b on b.client_id = c.client_id and b.channel_id = c.channel_id and b.sku = i.sku
where c.all_locations
   or exists (select 1 from channel_locations l
              where l.client_id = c.client_id and l.channel_id = c.channel_id and l.location = i.location)
group by c.client_id, c.channel_id, i.sku, c.buffer;

-- Only a GOOD row changes what a channel is shown: the other pools write no inventory_changes.
create or replace function inventory_changed() returns trigger language plpgsql as $$
declare
    changed record;
begin
    changed := case when tg_op = 'DELETE' then old else new end;
    if changed.pool <> 'GOOD' then
        return null;
    end if;
    insert into inventory_changes (client_id, channel_id, sku)
    select c.client_id, c.channel_id, changed.sku
    from channels c
    where c.client_id = changed.client_id
      and (c.all_locations
           or exists (select 1 from channel_locations l
                      where l.client_id = c.client_id and l.channel_id = c.channel_id
                        and l.location = changed.location));
    return null;
end;
$$;

-- POST /inventory/moves, idempotent by move id: the same move again answers as the first, changes nothing.
create table inventory_moves (
    client_id   text        not null references clients (client_id),
    move_id     text        not null,
    sku         text        not null,
    location    text        not null,
    from_pool   text        not null,
    to_pool     text        not null check (to_pool <> from_pool),
    quantity    integer     not null check (quantity > 0),
    moved_at    timestamptz not null default now(),
    primary key (client_id, move_id)
);

-- Where an order's units left from, written at consumption: a return's items go back to that location.
create table consumed_stock (
    client_id   text    not null,
    order_id    text    not null,
    sku         text    not null,
    location    text    not null,
    quantity    integer not null check (quantity > 0),
    primary key (client_id, order_id, sku, location)
);

-- A return's items put back into stock, once per return and item (the workflow's activity may run again).
create table return_restocks (
    client_id    text        not null references clients (client_id),
    return_id    text        not null,
    item_id      text        not null,
    sku          text        not null,
    location     text        not null,
    pool         text        not null,
    quantity     integer     not null check (quantity > 0),
    restocked_at timestamptz not null default now(),
    primary key (client_id, return_id, item_id)
);

-- Inward POs (the internal channel): what the seller or ERP expects to receive at a location, per SKU.
create table inward_pos (
    client_id   text        not null references clients (client_id),
    po_number   text        not null,
    location    text        not null,
    created_at  timestamptz not null default now(),
    primary key (client_id, po_number)
);

create table inward_po_lines (
    client_id   text    not null,
    po_number   text    not null,
    sku         text    not null,
    expected    integer not null check (expected > 0),
    received    integer not null default 0 check (received >= 0 and received <= expected),
    primary key (client_id, po_number, sku),
    foreign key (client_id, po_number) references inward_pos (client_id, po_number)
);

-- A GRN, by its number across the client's POs; its lines as received, to answer a repeat as the first.
create table grns (
    client_id    text        not null,
    grn_number   text        not null,
    po_number    text        not null,
    received_at  timestamptz not null default now(),
    primary key (client_id, grn_number),
    foreign key (client_id, po_number) references inward_pos (client_id, po_number)
);

create table grn_lines (
    client_id   text    not null,
    grn_number  text    not null,
    line_no     integer not null,
    sku         text    not null,
    pool        text    not null,
    quantity    integer not null check (quantity > 0),
    primary key (client_id, grn_number, line_no),
    foreign key (client_id, grn_number) references grns (client_id, grn_number)
);
