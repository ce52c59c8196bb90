-- Spring Modulith's event publication registry: the transactional outbox for events between modules
-- (e.g. a published posting that search must index). Written in the subset of SQL that both PostgreSQL
-- and H2 (in PostgreSQL mode) accept, like every migration here.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer not null default 0,
    status                 varchar(32)
);

create index event_publication_incomplete on event_publication (completion_date, publication_date);
