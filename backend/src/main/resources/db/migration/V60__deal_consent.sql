-- Consent in deals: a deal binds its two organisations only once both sides confirmed it, and every forward stage is
-- proposed by one side and confirmed by the other (a broker's proposal counts for neither). Disputed (by an owner) and
-- voided (by an operator) deals give their postings back.
-- One column a statement: H2 (the run command's database) takes one "add column" per "alter table".
alter table deal add column demand_confirmed_by    bigint;             -- account; null while the side has not agreed
alter table deal add column demand_confirmed_at    timestamp with time zone;
alter table deal add column supply_confirmed_by    bigint;
alter table deal add column supply_confirmed_at    timestamp with time zone;
alter table deal add column proposed_stage         varchar(20);        -- the pending proposal, if any
alter table deal add column proposed_by            bigint;
alter table deal add column proposed_at            timestamp with time zone;
alter table deal add column proposal_demand_agreed boolean not null default false;
alter table deal add column proposal_supply_agreed boolean not null default false;
alter table deal add column end_reason             varchar(1000);      -- why it was disputed or voided

-- The pending contract terms stay in the contract columns while CONTRACT_SIGNED is proposed.

-- Deals that link a conversation: the two organisations met in an accepted conversation, so both sides consented.
-- The others wait for confirmation.
update deal
set demand_confirmed_by = created_by, demand_confirmed_at = created_at,
    supply_confirmed_by = created_by, supply_confirmed_at = created_at
where conversation_id is not null;

-- What a history entry records besides a stage change: a side's confirmation, a proposal, a rejected proposal.
alter table deal_stage_change add column action varchar(24);          -- null for a stage change
