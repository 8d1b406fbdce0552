-- issue 13 (P3), docs/adr/0098 (amends 0039): new marks are checked against closed years once a statement, not once a
-- row. A class's batch is one multi-row insert (reWriteBatchedInserts), and the row trigger ran a PL/pgSQL function and
-- its query on closed_year for each of its marks. The statement trigger runs one query over the statement's new rows
-- (a transition table) and refuses the whole statement, as the row trigger refused it at its first row: the transaction
-- rolls back either way, with the same SQLSTATE EJ409, message key and detail. Changes and deletions stay one row at a
-- time (a change touches one mark).
DROP TRIGGER mark_in_open_year ON mark;
CREATE TRIGGER mark_in_open_year BEFORE UPDATE OR DELETE ON mark FOR EACH ROW EXECUTE FUNCTION mark_in_open_year();

CREATE FUNCTION new_marks_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  closed RECORD;
BEGIN
  SELECT n.school_id, n.work_date INTO closed
  FROM new_marks n
  JOIN closed_year c ON c.school_id = n.school_id AND n.work_date BETWEEN c.first_day AND c.last_day
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409', DETAIL = closed.school_id::text || ' ' || closed.work_date::text;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER new_marks_in_open_year AFTER INSERT ON mark REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION new_marks_in_open_year();
