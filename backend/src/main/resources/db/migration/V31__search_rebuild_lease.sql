-- One row naming the application instance that is rebuilding the search index, until when. Instances share the
-- database, not their memory: the row keeps two of them from rebuilding at once. The holder extends the lease while
-- it works, so the lease of an instance that died runs out.
create table search_rebuild_lease (
    id         integer primary key,
    holder     varchar(100),
    expires_at timestamp with time zone
);
insert into search_rebuild_lease (id) values (1);
