-- No lost updates for saved workspaces (issue 5): every saved workspace carries a version. A tab
-- saves only over the version it loaded or last saved (update ... where version = ?, or an insert
-- when it found nothing), so two tabs or two computers on the same exercise cannot silently
-- overwrite each other. Workspaces saved before this migration are version 1.
alter table saved_workspace add column version bigint not null default 1 check (version > 0);
alter table saved_workspace alter column version drop default;

-- Richer attempts, for the teacher's dashboard: how many hints the student had opened in the
-- exercise view when checking, and the seconds from opening the view until the check (capped by
-- the application). Attempts made before this migration count as 0 hints and 0 seconds.
alter table attempt
    add column hints_used    int not null default 0 check (hints_used >= 0),
    add column seconds_spent int not null default 0 check (seconds_spent >= 0);

-- One row per case the attempt was graded on, in the exercise's order: the case's name (as the
-- exercise file names it; a generated case's name ends with its parameters), whether it is hidden
-- from students, and whether the program passed it. A check whose program could not run at all
-- has no rows here.
create table attempt_case (
    attempt_id bigint  not null references attempt (id) on delete cascade,
    position   int     not null check (position >= 0),
    case_name  text    not null,
    hidden     boolean not null,
    passed     boolean not null,
    primary key (attempt_id, position)
);
