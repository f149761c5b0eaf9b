-- Accounts of people who sign in: teachers and administrators now, students later.
-- Passwords are stored only as hashes from Spring Security's delegating encoder ("{bcrypt}...").
create table account (
    id            uuid         primary key,
    username      varchar(60)  not null,
    display_name  varchar(80)  not null,
    password_hash varchar(255) not null,
    roles         text[]       not null check (cardinality(roles) > 0),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

-- user names are unique without regard to case: "Ms.Rivera" and "ms.rivera" are one account
create unique index account_username_key on account (lower(username));
