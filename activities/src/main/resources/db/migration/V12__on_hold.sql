-- ONHOLD orders (seed 004, issue 17): why an allocated order is held and, for a dispatch-after time, until when;
-- both null unless the order is ONHOLD. Lists and the order view show them.
alter table orders
    add column on_hold_reason text,
    add column on_hold_until  timestamptz;
