-- Administration of teacher accounts (issue 5): an administrator who resets a teacher's password
-- hands over a temporary one, which the teacher must replace at their next sign-in.
alter table account add column must_change_password boolean not null default false;
