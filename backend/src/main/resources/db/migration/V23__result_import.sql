-- Staged bulk imports of research results. An upload is validated into rows here without touching postings; a
-- commit then imports the valid rows, chunk by chunk, recording each row's outcome. Because the state lives in the
-- database, any instance can report progress, and a commit interrupted by a restart is resumed.

create table import_job (
    id              uuid primary key,
    organisation_id bigint       not null references organisation (id),
    created_by      bigint       not null,
    created_by_name varchar(100) not null,
    file_name       varchar(255),
    file_format     varchar(8)   not null,   -- CSV, XLSX
    status          varchar(16)  not null,   -- VALIDATED, RUNNING, COMPLETED, DISCARDED
    submit_rows     boolean      not null default false,
    total_rows      integer      not null,
    valid_rows      integer      not null,
    processed_rows  integer      not null default 0,
    created_count   integer      not null default 0,
    updated_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    failed_count    integer      not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,   -- also the heartbeat of a running commit
    completed_at    timestamp with time zone
);

create index import_job_running on import_job (status, updated_at);

create table import_row (
    job_id      uuid    not null references import_job (id) on delete cascade,
    row_number  integer not null,                -- as a spreadsheet program numbers it; the header is row 1
    external_id varchar(100),
    content     varchar,                         -- the validated row as JSON; null when it has errors
    errors      varchar,                         -- JSON array of {column, message}
    outcome     varchar(16),                     -- CREATED, UPDATED, UNCHANGED, FAILED once committed
    posting_id  bigint,
    message     varchar(1000),
    primary key (job_id, row_number)
);
