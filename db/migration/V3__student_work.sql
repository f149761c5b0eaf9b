-- What students build, saved as they go: the latest workspace per account and exercise.
-- Lessons are referred to by id (their versions live in the lesson tables); a student's work
-- outlives a new version of the lesson text.
create table saved_workspace (
    account_id  uuid         not null references account (id) on delete cascade,
    lesson_id   varchar(100)  not null,
    exercise_id varchar(100)  not null,
    workspace   text         not null,
    updated_at  timestamptz  not null default now(),
    primary key (account_id, lesson_id, exercise_id)
);

-- Every check a signed-in student asked for: the grade in numbers and the program checked, for
-- the student's progress and their teacher's view.
create table attempt (
    id             bigint       generated always as identity primary key,
    account_id     uuid         not null references account (id) on delete cascade,
    lesson_id      varchar(100)  not null,
    lesson_version int          not null,
    exercise_id    varchar(100)  not null,
    passed         boolean      not null,
    cases_passed   int          not null,
    cases_total    int          not null,
    blocks_used    int          not null,
    steps          bigint       not null,
    workspace      text         not null,
    created_at     timestamptz  not null default now()
);
create index attempt_by_student on attempt (account_id, lesson_id, exercise_id, created_at);
