-- issue 13 (P4), docs/adr/0100 (amends 0027): a poll's marks reach the change feed in one insert a statement, not one
-- PL/pgSQL call and insert a row. The consumer upserts a poll's marks in one statement (ADR 0096), and the row trigger
-- then ran its function and a single-row insert into feed_change (five indexes) for each mark. The statement triggers
-- read the statement's inserted or updated rows (transition tables, one trigger per event: PostgreSQL allows them on
-- single-event triggers only) and append them in one insert, in the order they were written, in the same transaction.
DROP TRIGGER diary_mark_feed ON diary_mark;
DROP FUNCTION feed_mark_changed();

CREATE FUNCTION feed_marks_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO feed_change (family, entity_key, student_id, school_id)
  SELECT 'marks', m.mark_id::text, m.student_id, m.school_id FROM changed_marks m;
  RETURN NULL;
END
$$;
CREATE TRIGGER diary_mark_feed_inserted AFTER INSERT ON diary_mark REFERENCING NEW TABLE AS changed_marks
  FOR EACH STATEMENT EXECUTE FUNCTION feed_marks_changed();
CREATE TRIGGER diary_mark_feed_updated AFTER UPDATE ON diary_mark REFERENCING NEW TABLE AS changed_marks
  FOR EACH STATEMENT EXECUTE FUNCTION feed_marks_changed();
