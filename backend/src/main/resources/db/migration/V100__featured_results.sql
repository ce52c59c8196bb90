-- Results an operator picked for the home page; a result leaves the home page when it is no longer public.
create table featured_result (
    posting_id  bigint primary key references posting (id),
    featured_by bigint not null,
    featured_at timestamp with time zone not null
);
