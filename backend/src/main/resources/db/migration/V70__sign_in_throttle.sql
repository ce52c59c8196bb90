-- Sign-in abuse is throttled per account and client instead of locking the account: the account-wide counter and
-- lock go, and with them the lock's power to sign the owner out everywhere.
alter table account drop column failed_logins;
alter table account drop column locked_until;

-- Raised when the password changes or is reset: a session remembers the generation it signed in with and ends
-- once the account's has moved on. Checked on every request, so it holds across instances.
alter table account add column session_generation bigint not null default 0;

-- Failed attempts of one bucket (SignInThrottle): 'untrusted:<sha-256 of the e-mail>' for clients without a valid
-- device cookie of the account, 'device:<nonce>' for a known browser, 'password:<account id>' for wrong current
-- passwords in a signed-in session.
create table sign_in_throttle (
    bucket        varchar(80) primary key,
    failures      integer not null,
    window_start  timestamp with time zone not null,
    delays        integer not null default 0,     -- delays imposed so far; each doubles the next
    blocked_until timestamp with time zone
);

create index sign_in_throttle_window on sign_in_throttle (window_start);

-- Secrets every instance must share, generated once by whichever instance needs one first (unless configured).
create table signing_key (
    name       varchar(40) primary key,
    secret     varchar(100) not null,
    created_at timestamp with time zone not null
);
