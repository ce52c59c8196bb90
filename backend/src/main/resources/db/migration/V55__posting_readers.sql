-- Who read a published posting's detail page, once per reader and day: the demand signal "views" a technology-
-- transfer office sees for its results. Members of the owning organisation and operators are not counted.
-- A reader is 'a:' and the account id when signed in, otherwise 'v:' and a hash of the visitor's address and
-- browser for that day (so no address is stored and visitors cannot be followed from one day to the next).

create table posting_reader (
    posting_id bigint      not null references posting (id) on delete cascade,
    read_on    date        not null,
    reader     varchar(80) not null,
    primary key (posting_id, read_on, reader)
);
