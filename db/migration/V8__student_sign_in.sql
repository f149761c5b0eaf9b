-- When each student last signed in through their class's join code (issue 6, the live class
-- panel). "How many students have joined" must be the same on every app instance sharing this
-- database, so it is counted from here and not from any one instance's sessions. The time is the
-- database's (now()), so instances with slightly different clocks agree. Null: never signed in
-- since this migration.
alter table student add column last_signed_in_at timestamptz;
