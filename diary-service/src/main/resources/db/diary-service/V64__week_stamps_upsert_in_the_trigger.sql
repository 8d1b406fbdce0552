-- The stamps' triggers (V63) upsert in their own body: the SQL function they called was planned again for every row,
-- which made a mark's insert 55 µs dearer; PL/pgSQL keeps its statements' plans (issue 13, ADR 0081: about 25 µs).

create or replace function week_stamp_of_student() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    insert into week_stamp (scope, id, version) values ('s', old.student_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.student_id is distinct from old.student_id) then
    insert into week_stamp (scope, id, version) values ('s', new.student_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  return null;
end $$;

create or replace function week_stamp_of_student_row() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    insert into week_stamp (scope, id, version) values ('s', old.id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.id is distinct from old.id) then
    insert into week_stamp (scope, id, version) values ('s', new.id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  return null;
end $$;

create or replace function week_stamp_of_class_group() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    insert into week_stamp (scope, id, version) values ('c', old.class_group_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.class_group_id is distinct from old.class_group_id) then
    insert into week_stamp (scope, id, version) values ('c', new.class_group_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  return null;
end $$;

create or replace function week_stamp_of_school() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    insert into week_stamp (scope, id, version) values ('k', old.school_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.school_id is distinct from old.school_id) then
    insert into week_stamp (scope, id, version) values ('k', new.school_id, nextval('week_stamp_version'))
    on conflict (scope, id) do update set version = excluded.version;
  end if;
  return null;
end $$;

create or replace function week_stamp_truncated() returns trigger language plpgsql as $$
begin
  insert into week_stamp (scope, id, version) values ('g', '00000000-0000-0000-0000-000000000000', nextval('week_stamp_version'))
  on conflict (scope, id) do update set version = excluded.version;
  return null;
end $$;

drop function week_stamp_bump(char, uuid);
