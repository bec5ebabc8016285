-- Omnichannel (issue 19): a web store's key serves one channel (CHANNEL), a store's staff one location (STORE): the
-- key's scope. The other roles have none.
alter table api_keys add column scope text;
alter table api_keys drop constraint api_keys_role_check;
alter table api_keys add constraint api_keys_role_check
    check (role in ('ERP', 'WAREHOUSE', 'SELLER', 'SUPPORT', 'CHANNEL', 'STORE'));
alter table api_keys add constraint api_keys_scope_of_the_role
    check ((role in ('CHANNEL', 'STORE')) = (scope is not null));
