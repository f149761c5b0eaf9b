-- Lessons, one row per version. A lesson is its files (lesson.md, lesson.<lang>.md,
-- <exercise>.exercise.json), stored as they are so that they can be read again, exported and
-- edited: "files" maps each file name to its text. A changed lesson gets a new row with the next
-- version number; rows are never changed, so a student's work can always name the version it
-- was done on.
create table lesson_version (
    lesson_id    varchar(100) not null check (lesson_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version      integer      not null check (version > 0),
    -- SHA-256 over the file names and contents (LessonFiles.contentHash): equal when nothing changed
    content_hash char(64)     not null,
    files        jsonb        not null check (jsonb_typeof(files) = 'object'),
    -- where the lesson comes from: 'built-in' for the lessons/ folder shipped with the app
    origin       varchar(20)  not null,
    created_at   timestamptz  not null default now(),
    primary key (lesson_id, version)
);
