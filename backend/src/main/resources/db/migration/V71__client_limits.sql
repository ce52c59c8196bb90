-- Per-client request limits (system's ClientLimits): one Bucket4j token bucket per action and client address, in the
-- layout of Bucket4j's PostgreSQL proxy manager (a serialised bucket state and when the row may be removed, in
-- milliseconds since the epoch), so the limits hold across instances.
create table client_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index client_limit_bucket_expiry on client_limit_bucket (expires_at);
