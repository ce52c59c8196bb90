-- Sentence vectors of posting texts, keyed by a hash of the model and the exact text embedded. The database stays
-- the source of truth for everything in the search index: a rebuild reads vectors from here instead of running
-- the model again (about 15–45 ms of CPU per text). Vectors are 512 little-endian float32s (2,048 bytes).
create table embedding (
    content_hash varchar(64) primary key,        -- SHA-256 hex of model name + text
    model        varchar(64) not null,
    dims         integer not null,
    vector       bytea not null,
    created_at   timestamp with time zone not null
);
