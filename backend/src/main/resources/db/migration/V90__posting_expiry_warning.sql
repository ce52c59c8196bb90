-- A need's owners are warned once that its deadline is near: one row per need and deadline, so a need whose
-- deadline is moved later is warned again about the new one, and several instances running the job warn once.
create table posting_expiry_warning (
    posting_id  bigint                   not null references posting (id) on delete cascade,
    deadline    date                     not null,
    warned_at   timestamp with time zone not null,
    primary key (posting_id, deadline)
);
