-- Contact disclosure asks, for a posting and an organisation, whether an accepted interest joins them.
create index interest_posting on interest (posting_id, status);
create index interest_offered_posting on interest (offered_posting_id, status);
