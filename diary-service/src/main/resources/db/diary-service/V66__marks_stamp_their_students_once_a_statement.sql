-- issue 13 (P4), docs/adr/0103 (amends 0081): a poll's marks bump their students' week stamps in one upsert a statement,
-- not one deferred row trigger and single-row upsert a mark. The consumer upserts a poll's marks in one statement
-- (ADR 0096); the statement triggers read its inserted, updated or deleted rows (transition tables, one trigger per
-- event, as for the change feed in V65) and bump each student once, in the order of their ids, so two statements lock
-- the stamps they share in the same order. The bump is no longer deferred: the stamp rows are locked from the statement
-- to the commit, which in the consumer's transaction is the inbox's bookkeeping later. It is still one transaction:
-- the new stamps and the marks become visible together, at the commit.
DROP TRIGGER week_stamp ON diary_mark;

CREATE FUNCTION week_stamp_of_marks() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF tg_op = 'INSERT' THEN
    INSERT INTO week_stamp (scope, id, version)
    SELECT 's', s.student_id, nextval('week_stamp_version')
    FROM (SELECT DISTINCT student_id FROM new_marks ORDER BY student_id) s
    ON CONFLICT (scope, id) DO UPDATE SET version = excluded.version;
  ELSIF tg_op = 'UPDATE' THEN
    INSERT INTO week_stamp (scope, id, version)
    SELECT 's', s.student_id, nextval('week_stamp_version')
    FROM (SELECT student_id FROM new_marks UNION SELECT student_id FROM old_marks ORDER BY student_id) s
    ON CONFLICT (scope, id) DO UPDATE SET version = excluded.version;
  ELSE
    INSERT INTO week_stamp (scope, id, version)
    SELECT 's', s.student_id, nextval('week_stamp_version')
    FROM (SELECT DISTINCT student_id FROM old_marks ORDER BY student_id) s
    ON CONFLICT (scope, id) DO UPDATE SET version = excluded.version;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER week_stamp_inserted AFTER INSERT ON diary_mark REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION week_stamp_of_marks();
CREATE TRIGGER week_stamp_updated AFTER UPDATE ON diary_mark REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION week_stamp_of_marks();
CREATE TRIGGER week_stamp_deleted AFTER DELETE ON diary_mark REFERENCING OLD TABLE AS old_marks
  FOR EACH STATEMENT EXECUTE FUNCTION week_stamp_of_marks();
