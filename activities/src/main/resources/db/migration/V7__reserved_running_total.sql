-- What every order holds of a stock row, kept on the row itself. Reserving read it as a sum over the SKU's
-- reservations, under the row's lock: on a sale day, one order at a time per SKU paid for every order before it.
-- A trigger keeps it, in the transaction that changes a reservation (which holds the row's lock already).
alter table inventory add column reserved integer not null default 0 check (reserved >= 0);

update inventory i set reserved = r.total
from (select client_id, sku, location, sum(quantity) as total from reservations
      group by client_id, sku, location) r
where i.client_id = r.client_id and i.sku = r.sku and i.location = r.location;

create function reservations_keep_total() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update inventory set reserved = reserved - old.quantity
        where client_id = old.client_id and sku = old.sku and location = old.location;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update inventory set reserved = reserved + new.quantity
        where client_id = new.client_id and sku = new.sku and location = new.location;
    end if;
    return null;
end;
$$;

create trigger reservations_keep_total after insert or update of quantity or delete on reservations
    for each row execute function reservations_keep_total();
