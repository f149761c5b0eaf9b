-- Projector mode (issue 6, docs/projector.md): a teacher presents a lesson, optionally to one of
-- their classes. The row is the presentation's whole shared state: the presenter window, the
-- audience window and the students' pages may be served by different app instances, so they
-- all read it from here and learn of changes over the live bus (LISTEN/NOTIFY).
create table presentation (
    id            uuid         primary key,
    teacher_id    uuid         not null references account (id) on delete cascade,
    -- null: presented without a class (no live panel, no questions to students)
    class_id      uuid         references school_class (id) on delete set null,
    lesson_id     varchar(100) not null,
    -- the section on screen (org.stepwise.lesson.Section id)
    section       varchar(40)  not null,
    blank         boolean      not null default false,
    show_names    boolean      not null default false,
    show_class    boolean      not null default false,
    follow        boolean      not null default false,
    -- a program stepped on the big screen: an exercise of the lesson, run on one case; the
    -- reference solution when program_student is null, else that student's latest saved program
    program_exercise varchar(100),
    program_student  uuid      references account (id) on delete set null,
    program_case     int       check (program_case >= 0),
    -- the step just done (-1: before the first step)
    program_position int       check (program_position >= -1),
    -- the question about the next step: its number in this presentation (answers refer to it),
    -- the step it was asked at, its kind (block: "what does the program do next?", variable: "what
    -- will x be?", world: "what will the world look like?"), the variable it asks about, its
    -- choices (JSON array of texts), the worlds to draw for a world question (JSON array of
    -- states), the right one, and whether the tally is shown
    question_number   int      not null default 0,
    question_kind     varchar(10) check (question_kind in ('block', 'variable', 'world')),
    question_variable varchar(100),
    question_worlds   jsonb,
    -- the choices in other languages: {"es": [...], ...}, same order
    question_translated jsonb,
    question_position int,
    question_choices  jsonb,
    question_correct  int,
    question_revealed boolean  not null default false,
    started_at    timestamptz  not null default now(),
    ended_at      timestamptz,
    version       bigint       not null default 1
);
create index presentation_by_teacher on presentation (teacher_id) where ended_at is null;
-- a class follows at most one presentation at a time
create unique index presentation_live_per_class on presentation (class_id) where ended_at is null and class_id is not null;

-- Students' answers to a question: one per student and question (a student may change their
-- mind until the teacher reveals the tally). The tally shows counts only, never who answered what.
create table prediction_answer (
    presentation_id uuid        not null references presentation (id) on delete cascade,
    question_number int         not null,
    student_id      uuid        not null references account (id) on delete cascade,
    choice          int         not null check (choice >= 0),
    answered_at     timestamptz not null default now(),
    primary key (presentation_id, question_number, student_id)
);
