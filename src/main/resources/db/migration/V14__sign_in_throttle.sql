-- Failed sign-ins counted per (account, client address) and per client address, shared by every instance.
-- A key is blocked until blocked_until after too many failures in a row (exponential back-off); a success
-- clears the (account, client address) key. Accounts themselves are no longer locked by failures.
create table sign_in_throttle (
    throttle_key  varchar(400) primary key,
    failures      integer      not null,
    last_failure  timestamptz  not null,
    blocked_until timestamptz
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure);
