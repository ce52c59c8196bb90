-- A broker's introduction is PROPOSED until the introduced organisation confirms it in its own session; only then it
-- becomes PENDING and the posting's owner sees it. A proposed interest is open (one per organisation and posting).
alter table interest add constraint interest_status
    check (status in ('PROPOSED', 'PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));

-- When the introduced organisation confirmed a broker's introduction: the owner sees an introduction only after it,
-- so one declined (withdrawn) before confirmation never reaches the owner.
alter table interest add column confirmed_at timestamp with time zone;

-- Introductions made before this rule: those still pending were never agreed to by the introduced side and wait for
-- its confirmation now; those already answered or withdrawn stay as the owner saw them.
update interest set status = 'PROPOSED' where introduced_by is not null and status = 'PENDING';
update interest set confirmed_at = created_at where introduced_by is not null and status <> 'PROPOSED';
