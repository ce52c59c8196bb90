-- Consent to the terms of use and privacy policy at registration (PIPL): the version each person accepted and when.
-- Accounts registered before consent was asked, and staff accounts, have none.
alter table account add column terms_version varchar(40);
alter table account add column terms_accepted_at timestamp with time zone;
