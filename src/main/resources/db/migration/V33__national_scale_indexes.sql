-- Issue 19, national scale (bench/national.sh): lookups that read a whole table once a deployment serves many
-- municipalities.
-- Staff lists, contacts by role and editors of a department filter staff accounts by municipality (and role); with
-- 1,741 municipalities and their accounts (bench/reminders.sh: 104,461) each was a scan of every account.
create index staff_account_municipality_idx on staff_account (municipality_code, role);
