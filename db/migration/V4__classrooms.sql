-- Classes, their students and what is assigned to them (docs/classrooms.md).

-- Students are accounts too, with the single role STUDENT and no user name: they sign in with
-- their class's join code, their name on the roster and a secret (pictures or a secret word)
-- whose hash is the account's password_hash. Everyone else keeps a required user name.
alter table account alter column username drop not null;
alter table account add constraint account_username_required
    check (username is not null or roles = array['STUDENT']::text[]);

create table school_class (
    id          uuid        primary key,
    teacher_id  uuid        not null references account (id) on delete cascade,
    name        varchar(80) not null check (length(trim(name)) > 0),
    -- a lesson subject id (org.stepwise.lesson.Subject), used to suggest lessons
    subject     varchar(40) not null,
    grade       varchar(40) not null,
    -- 6 characters without look-alikes (no 0/O, 1/I/L): easy to read aloud and type
    join_code   char(6)     not null unique check (join_code ~ '^[A-HJKMNP-Z2-9]{6}$'),
    sign_in     varchar(10) not null check (sign_in in ('pictures', 'word')),
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
create index school_class_by_teacher on school_class (teacher_id);

-- A student account belongs to exactly one class; deleting the class deletes its students'
-- accounts (the service does that, and their work goes with them by cascade).
create table student (
    account_id  uuid        primary key references account (id) on delete cascade,
    class_id    uuid        not null references school_class (id) on delete cascade,
    created_at  timestamptz not null default now()
);
create index student_by_class on student (class_id);

-- A lesson, or one exercise of it (exercise_id not null), assigned to a class.
create table assignment (
    id          uuid         primary key,
    class_id    uuid         not null references school_class (id) on delete cascade,
    lesson_id   varchar(100) not null,
    exercise_id varchar(100),
    due_on      date,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
-- one assignment per class and lesson or exercise ("" stands for the whole lesson)
create unique index assignment_key on assignment (class_id, lesson_id, coalesce(exercise_id, ''));
