-- The stamps' triggers (V63) upsert in their own body: the SQL function they called was planned again for every row,
-- which made a mark's insert 55 µs dearer; PL/pgSQL keeps its statements' plans (issue 13, ADR 0081: about 25 µs).
-- One template for the four key columns (a trigger argument cannot name a row's column without turning it into JSON).
do $do$
declare
  keyed record;
begin
  for keyed in select * from (values
      ('week_stamp_of_student', 's', 'student_id'), ('week_stamp_of_student_row', 's', 'id'),
      ('week_stamp_of_class_group', 'c', 'class_group_id'), ('week_stamp_of_school', 'k', 'school_id')) as t(fn, scope, col)
  loop
    execute format($f$
      create or replace function %1$I() returns trigger language plpgsql as $body$
      begin
        if tg_op <> 'INSERT' then
          insert into week_stamp (scope, id, version) values (%2$L, old.%3$I, nextval('week_stamp_version'))
          on conflict (scope, id) do update set version = excluded.version;
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.%3$I is distinct from old.%3$I) then
          insert into week_stamp (scope, id, version) values (%2$L, new.%3$I, nextval('week_stamp_version'))
          on conflict (scope, id) do update set version = excluded.version;
        end if;
        return null;
      end $body$ $f$, keyed.fn, keyed.scope, keyed.col);
  end loop;
end $do$;

create or replace function week_stamp_truncated() returns trigger language plpgsql as $$
begin
  insert into week_stamp (scope, id, version) values ('g', '00000000-0000-0000-0000-000000000000', nextval('week_stamp_version'))
  on conflict (scope, id) do update set version = excluded.version;
  return null;
end $$;

drop function week_stamp_bump(char, uuid);
