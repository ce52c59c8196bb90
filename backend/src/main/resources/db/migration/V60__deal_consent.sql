-- Consent in deals: a deal binds its two organisations only once both sides confirmed it, and every forward stage is
-- proposed by one side and confirmed by the other (a broker's proposal counts for neither). Disputed (by an owner) and
-- voided (by an operator) deals give their postings back.
alter table deal
    add column demand_confirmed_by    bigint,                        -- account; null while the side has not agreed
    add column demand_confirmed_at    timestamp with time zone,
    add column supply_confirmed_by    bigint,
    add column supply_confirmed_at    timestamp with time zone,
    add column proposed_stage         varchar(20),                   -- the pending proposal, if any
    add column proposed_by            bigint,
    add column proposed_at            timestamp with time zone,
    add column proposal_demand_agreed boolean not null default false,
    add column proposal_supply_agreed boolean not null default false,
    add column end_reason             varchar(1000);                 -- why it was disputed or voided

-- The pending contract terms stay in the contract columns while CONTRACT_SIGNED is proposed.

-- Deals that link a conversation: the two organisations met in an accepted conversation, so both sides consented.
-- The others wait for confirmation.
update deal
set demand_confirmed_by = created_by, demand_confirmed_at = created_at,
    supply_confirmed_by = created_by, supply_confirmed_at = created_at
where conversation_id is not null;

-- What a history entry records besides a stage change: a side's confirmation, a proposal, a rejected proposal.
alter table deal_stage_change add column action varchar(24);          -- null for a stage change
