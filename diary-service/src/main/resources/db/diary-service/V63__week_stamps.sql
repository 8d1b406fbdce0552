-- What a kept week may be served against (issue 13, ADR 0081): every table the week view reads bumps the stamp of what
-- it belongs to (the student, the class group or the school) in the transaction that changes it, so a week kept in the
-- diary's memory is served only while the stamps it was assembled under are unchanged. Each bump takes a new value of
-- one sequence: a stamp never comes back, not even after a truncation (which bumps the global stamp 'g').
create sequence week_stamp_version;

create table week_stamp (
  scope char(1) not null check (scope in ('s', 'c', 'k', 'g')), -- student, class group, school (k), global
  id uuid not null,
  version bigint not null,
  primary key (scope, id)
);

create function week_stamp_bump(bumped_scope char, bumped_id uuid) returns void language sql as $$
  insert into week_stamp (scope, id, version) values (bumped_scope, bumped_id, nextval('week_stamp_version'))
  on conflict (scope, id) do update set version = excluded.version
$$;

-- One function per key column (a row's column cannot be named by a trigger argument without turning the row into JSON).
-- An update bumps the old key, and the new one when the row moved to another.
create function week_stamp_of_student() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform week_stamp_bump('s', old.student_id); end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.student_id is distinct from old.student_id) then
    perform week_stamp_bump('s', new.student_id);
  end if;
  return null;
end $$;

create function week_stamp_of_student_row() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform week_stamp_bump('s', old.id); end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.id is distinct from old.id) then
    perform week_stamp_bump('s', new.id);
  end if;
  return null;
end $$;

create function week_stamp_of_class_group() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform week_stamp_bump('c', old.class_group_id); end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.class_group_id is distinct from old.class_group_id) then
    perform week_stamp_bump('c', new.class_group_id);
  end if;
  return null;
end $$;

create function week_stamp_of_school() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform week_stamp_bump('k', old.school_id); end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.school_id is distinct from old.school_id) then
    perform week_stamp_bump('k', new.school_id);
  end if;
  return null;
end $$;

create function week_stamp_truncated() returns trigger language plpgsql as $$
begin
  perform week_stamp_bump('g', '00000000-0000-0000-0000-000000000000');
  return null;
end $$;

-- Deferred to the commit: a stamp row is locked for the moment of the commit only, not for a whole batch of marks.
do $$
declare
  keyed record;
begin
  for keyed in select * from (values
      ('diary_mark', 'week_stamp_of_student'), ('attendance', 'week_stamp_of_student'),
      ('homework_state', 'week_stamp_of_student'), ('enrolment', 'week_stamp_of_student'),
      ('student', 'week_stamp_of_student_row'),
      ('lesson', 'week_stamp_of_class_group'), ('class_shift', 'week_stamp_of_class_group'),
      ('class_teacher', 'week_stamp_of_class_group'),
      ('bell_schedule', 'week_stamp_of_school'), ('holiday', 'week_stamp_of_school'),
      ('school_event', 'week_stamp_of_school'), ('school_year', 'week_stamp_of_school')) as t(tab, fn)
  loop
    execute format('create constraint trigger week_stamp after insert or update or delete on %I '
        'deferrable initially deferred for each row execute function %I()', keyed.tab, keyed.fn);
    execute format('create trigger week_stamp_truncated after truncate on %I '
        'for each statement execute function week_stamp_truncated()', keyed.tab);
  end loop;
end $$;
