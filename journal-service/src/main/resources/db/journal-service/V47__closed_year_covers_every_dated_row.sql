-- 273-FZ art. 28, docs/adr/0047: a closed school year is read-only for everything of that year, not only marks, lessons,
-- attendance, grades and periods (V33): absence notes, achievements, the timetable, holidays, school events and the
-- assessment plan, passes at the school's doors, lesson files, enrolments and teaching assignments refuse a change
-- that touches a day of a closed year with the same SQLSTATE EJ409 and message key as V33.
--
-- Rows that span days (a timetable slot, an enrolment) are refused when their span meets a closed year, except for the
-- one change a new year makes to them: ending a row that runs on past the closed year at a day after it (the same row
-- in every other column, its start unchanged, old and new end both after the closed year's last day), which leaves
-- the closed year's days as they were.

CREATE FUNCTION refuse_span_in_closed_year(of_school UUID, from_day DATE, to_day DATE) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
  IF from_day IS NOT NULL AND EXISTS (SELECT 1 FROM closed_year
                                      WHERE school_id = of_school AND first_day <= COALESCE(to_day, 'infinity'::date)
                                        AND from_day <= last_day) THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409', DETAIL = of_school::text || ' ' || from_day::text;
  END IF;
END
$$;

-- an UPDATE of a spanning row: refused when it changes anything of a closed year's days
CREATE FUNCTION refuse_span_change_in_closed_year(of_school UUID, old_from DATE, old_to DATE, new_from DATE, new_to DATE,
                                                  only_end_changed BOOLEAN) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
  IF EXISTS (SELECT 1 FROM closed_year c
             WHERE c.school_id = of_school
               AND ((c.first_day <= COALESCE(old_to, 'infinity'::date) AND old_from <= c.last_day)
                 OR (c.first_day <= COALESCE(new_to, 'infinity'::date) AND new_from <= c.last_day))
               AND NOT (only_end_changed AND old_from = new_from
                        AND COALESCE(old_to, 'infinity'::date) > c.last_day
                        AND COALESCE(new_to, 'infinity'::date) > c.last_day)) THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409', DETAIL = of_school::text || ' ' || new_from::text;
  END IF;
END
$$;

-- rows with one day, or a span that is never ended later: every change within a closed year refused
CREATE FUNCTION dated_row_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  from_column TEXT := TG_ARGV[0];
  to_column   TEXT := COALESCE(TG_ARGV[1], TG_ARGV[0]);
  row_before  JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  row_after   JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
  IF row_before IS NOT NULL THEN
    PERFORM refuse_span_in_closed_year((row_before ->> 'school_id')::uuid, (row_before ->> from_column)::date,
                                       (row_before ->> to_column)::date);
  END IF;
  IF row_after IS NOT NULL THEN
    PERFORM refuse_span_in_closed_year((row_after ->> 'school_id')::uuid, (row_after ->> from_column)::date,
                                       (row_after ->> to_column)::date);
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;

CREATE TRIGGER absence_note_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON absence_note
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('from_date', 'to_date');
CREATE TRIGGER achievement_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON achievement
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('awarded_on');
CREATE TRIGGER holiday_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON holiday
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('start_date', 'end_date');
CREATE TRIGGER school_event_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON school_event
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('starts_on', 'ends_on');
CREATE TRIGGER assessment_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON assessment
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('assessment_date');
CREATE TRIGGER school_pass_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON school_pass
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('day');

-- rows that run until ended: a timetable slot (school_id its own), enrolments and teaching assignments (their class's)
CREATE FUNCTION spanning_row_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  from_column TEXT := TG_ARGV[0];
  to_column   TEXT := TG_ARGV[1];
  row_before  JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  row_after   JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  of_school   UUID;
BEGIN
  SELECT COALESCE((COALESCE(row_after, row_before) ->> 'school_id')::uuid,
                  (SELECT g.school_id FROM class_group g
                   WHERE g.id = (COALESCE(row_after, row_before) ->> 'class_group_id')::uuid))
  INTO of_school;
  IF TG_OP = 'UPDATE' THEN
    PERFORM refuse_span_change_in_closed_year(of_school, (row_before ->> from_column)::date, (row_before ->> to_column)::date,
                                              (row_after ->> from_column)::date, (row_after ->> to_column)::date,
                                              row_before - to_column = row_after - to_column);
  ELSE
    PERFORM refuse_span_in_closed_year(of_school, (COALESCE(row_after, row_before) ->> from_column)::date,
                                       (COALESCE(row_after, row_before) ->> to_column)::date);
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;

CREATE TRIGGER timetable_slot_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON timetable_slot
  FOR EACH ROW EXECUTE FUNCTION spanning_row_in_open_year('valid_from', 'valid_to');
CREATE TRIGGER enrolment_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON enrolment
  FOR EACH ROW EXECUTE FUNCTION spanning_row_in_open_year('enrolled_from', 'enrolled_to');
CREATE TRIGGER teaching_assignment_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON teaching_assignment
  FOR EACH ROW EXECUTE FUNCTION spanning_row_in_open_year('valid_from', 'valid_to');

-- a lesson's files belong to its day
CREATE FUNCTION lesson_attachment_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM refuse_in_closed_year(l.school_id, l.lesson_date) FROM lesson l WHERE l.id IN (NEW.lesson_id, OLD.lesson_id);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER lesson_attachment_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON lesson_attachment
  FOR EACH ROW EXECUTE FUNCTION lesson_attachment_in_open_year();
