-- issue 13 (P3), docs/adr/0101: a mark's class group and subject are checked once a statement, not by two foreign keys.
-- Each foreign key ran a row trigger for every new mark, and its lookup locked the class group's and the subject's row
-- (FOR KEY SHARE): a class's batch of 25 took 50 lookups and locks, and concurrent batches of one class shared those
-- locks through multixacts. The statement trigger reads the statement's new rows (a transition table) against both
-- tables once, and refuses the whole statement with the foreign key's own SQLSTATE (23503), as the keys did.
-- What the keys also guarded stays guarded: a mark moved to another group or subject (no write path does it) is
-- checked row by row, and a class group or subject that marks name cannot be deleted or renumbered (no write path
-- deletes either: a year is closed into an archive, ADR 0039). TRUNCATE, an operator's tool, is not guarded (with the keys,
-- TRUNCATE ... CASCADE emptied the marks with the groups). pg_dump puts triggers after the data, as it did the keys.
ALTER TABLE mark DROP CONSTRAINT mark_class_group_id_fkey;
ALTER TABLE mark DROP CONSTRAINT mark_subject_id_fkey;

CREATE FUNCTION new_marks_of_known_groups_and_subjects() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  unknown RECORD;
BEGIN
  SELECT n.class_group_id, n.subject_id INTO unknown
  FROM new_marks n
  WHERE NOT EXISTS (SELECT 1 FROM class_group g WHERE g.id = n.class_group_id)
     OR NOT EXISTS (SELECT 1 FROM subject s WHERE s.id = n.subject_id)
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'a mark names a class group or subject that does not exist' USING ERRCODE = 'foreign_key_violation',
      TABLE = 'mark', DETAIL = 'class group ' || unknown.class_group_id::text || ', subject ' || unknown.subject_id::text;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER new_marks_of_known_groups_and_subjects AFTER INSERT ON mark REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION new_marks_of_known_groups_and_subjects();

CREATE FUNCTION moved_mark_of_known_group_and_subject() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM class_group WHERE id = NEW.class_group_id)
     OR NOT EXISTS (SELECT 1 FROM subject WHERE id = NEW.subject_id) THEN
    RAISE EXCEPTION 'a mark names a class group or subject that does not exist' USING ERRCODE = 'foreign_key_violation',
      TABLE = 'mark', DETAIL = 'class group ' || NEW.class_group_id::text || ', subject ' || NEW.subject_id::text;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER moved_mark_of_known_group_and_subject BEFORE UPDATE OF class_group_id, subject_id ON mark
  FOR EACH ROW EXECUTE FUNCTION moved_mark_of_known_group_and_subject();

-- a row that marks name (the column of mark that names it is the trigger's argument) is neither deleted nor renumbered
CREATE FUNCTION named_by_no_marks() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  named BOOLEAN;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
    RETURN NEW;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM mark WHERE %I = $1)', TG_ARGV[0]) INTO named USING OLD.id;
  IF named THEN
    RAISE EXCEPTION '% % still has marks', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation',
      TABLE = TG_TABLE_NAME;
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER class_group_named_by_no_marks BEFORE DELETE OR UPDATE OF id ON class_group
  FOR EACH ROW EXECUTE FUNCTION named_by_no_marks('class_group_id');
CREATE TRIGGER subject_named_by_no_marks BEFORE DELETE OR UPDATE OF id ON subject
  FOR EACH ROW EXECUTE FUNCTION named_by_no_marks('subject_id');
