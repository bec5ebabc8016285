-- Release 2: each client's sales channels and the inventory sync that shows them the client's stock (issue 16).

-- The client's channels, from its settings (written at start, as the clients are): the locations whose stock each
-- sells, and the units it keeps back.
create table channels (
    client_id      text        not null references clients (client_id),
    channel_id     text        not null,
    kind           text        not null check (kind in ('AJIO', 'WEBSTORE')),
    all_locations  boolean     not null,
    buffer         integer     not null check (buffer >= 0),
    updated_at     timestamptz not null default now(),
    primary key (client_id, channel_id)
);

create table channel_locations (
    client_id   text not null,
    channel_id  text not null,
    location    text not null,
    primary key (client_id, channel_id, location),
    foreign key (client_id, channel_id) references channels (client_id, channel_id) on delete cascade
);

create table channel_sku_buffers (
    client_id   text    not null,
    channel_id  text    not null,
    sku         text    not null,
    buffer      integer not null check (buffer >= 0),
    primary key (client_id, channel_id, sku),
    foreign key (client_id, channel_id) references channels (client_id, channel_id) on delete cascade
);

-- What a channel may be shown of each client SKU: on-hand less reservations at each of its locations (a location
-- counted below its reservations gives nothing, and takes nothing from the others), less the buffer, never negative.
-- The one place the figure is computed (release 2's pools narrow it to the sellable pool here).
create view channel_sku_available as
select c.client_id, c.channel_id, i.sku as client_sku,
       greatest(sum(greatest(i.on_hand - i.reserved, 0)) - coalesce(max(b.buffer), c.buffer), 0)::integer
           as available
from channels c
join inventory i on i.client_id = c.client_id
left join channel_sku_buffers b on b.client_id = c.client_id and b.channel_id = c.channel_id and b.sku = i.sku
where c.all_locations
   or exists (select 1 from channel_locations l
              where l.client_id = c.client_id and l.channel_id = c.channel_id and l.location = i.location)
group by c.client_id, c.channel_id, i.sku, c.buffer;

-- Stock changes waiting for each channel's sync, written in the transaction that changed the stock (so none is lost
-- with a process), deleted by the sync once the channel accepted the figure that covers them. Append-only: writers
-- of stock never wait on each other here; the sync coalesces them (one figure per SKU, however many changes).
create table inventory_changes (
    change_id   bigserial   primary key,
    client_id   text        not null,
    channel_id  text        not null,
    sku         text        not null,
    changed_at  timestamptz not null default now()
);
create index inventory_changes_by_channel on inventory_changes (client_id, channel_id, change_id);

create function inventory_changed() returns trigger language plpgsql as $$
declare
    changed record;
begin
    changed := case when tg_op = 'DELETE' then old else new end;
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

create trigger inventory_changed_on_write after insert or delete on inventory
    for each row execute function inventory_changed();
create trigger inventory_changed_on_update after update of on_hand, reserved on inventory
    for each row when (old.on_hand is distinct from new.on_hand or old.reserved is distinct from new.reserved)
    execute function inventory_changed();

-- A new or changed SKU mapping gives an Ajio channel SKU a figure (or takes one away): the SKUs it names change.
create function sku_mapping_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into inventory_changes (client_id, channel_id, sku)
        select c.client_id, c.channel_id, old.client_sku from channels c
        where c.client_id = old.client_id and c.kind = 'AJIO';
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into inventory_changes (client_id, channel_id, sku)
        select c.client_id, c.channel_id, new.client_sku from channels c
        where c.client_id = new.client_id and c.kind = 'AJIO';
    end if;
    return null;
end;
$$;

create trigger sku_mapping_changed after insert or update of client_sku or delete on sku_mappings
    for each row execute function sku_mapping_changed();

-- What each channel was last shown, per channel SKU, and when (GET /inventory).
create table channel_stock (
    client_id    text        not null,
    channel_id   text        not null,
    channel_sku  text        not null,
    client_sku   text        not null,
    quantity     integer     not null check (quantity >= 0),
    pushed_at    timestamptz not null,
    primary key (client_id, channel_id, channel_sku),
    foreign key (client_id, channel_id) references channels (client_id, channel_id) on delete cascade
);
create index channel_stock_by_client_sku on channel_stock (client_id, client_sku);

-- Each channel's sync as support reads it (GET /channels): written by the sync's steps.
create table channel_syncs (
    client_id               text        not null,
    channel_id              text        not null,
    mode                    text        not null check (mode in ('ALL', 'ALLOW_LIST', 'ZERO')),
    allow_list              text[]      not null default '{}',
    changes_pushed          bigint      not null default 0,
    skus_pushed             bigint      not null default 0,
    calls                   bigint      not null default 0,
    throttled               bigint      not null default 0,
    last_push_at            timestamptz,
    last_reconciliation_id  text,
    last_reconciliation_at  timestamptz,
    last_differences        integer,
    last_unmapped           integer,
    updated_at              timestamptz not null default now(),
    primary key (client_id, channel_id),
    foreign key (client_id, channel_id) references channels (client_id, channel_id) on delete cascade
);

-- Report inventory-differences: what each full reconciliation found at the channel, and whether it was pushed.
create table inventory_differences (
    client_id          text        not null,
    channel_id         text        not null,
    reconciliation_id  text        not null,
    channel_sku        text        not null,
    client_sku         text,
    shown              integer,
    expected           integer,
    kind               text        not null check (kind in ('DIFFERENT', 'MISSING_AT_CHANNEL', 'UNMAPPED')),
    pushed             boolean     not null,
    found_at           timestamptz not null,
    primary key (client_id, channel_id, reconciliation_id, channel_sku)
);
create index inventory_differences_by_time on inventory_differences (client_id, found_at);

-- Report status-mismatches: open orders Ajio showed cancelled without a feed event, each listed once.
create table status_mismatches (
    client_id    text        not null,
    order_id     text        not null,
    event_id     text        not null,
    our_status   text        not null,
    ajio_view    text        not null,
    found_at     timestamptz not null,
    primary key (client_id, order_id, event_id)
);
create index status_mismatches_by_time on status_mismatches (client_id, found_at);
