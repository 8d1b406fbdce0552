-- I1, docs/adr/0027: the change feed. Every write to a projection a third party syncs appends a row here in the same
-- transaction (triggers, so no write path can forget it). Readers order by (tx, seq) and serve only rows whose
-- transaction id is below the oldest transaction still running: a row never appears behind a cursor already handed out.
-- the school of every synced row, straight from its event, so a school's feed never depends on the order identity and journal arrive in
ALTER TABLE attendance ADD COLUMN school_id UUID;
ALTER TABLE grade ADD COLUMN school_id UUID;

CREATE TABLE feed_change
(
  seq            BIGSERIAL PRIMARY KEY,
  tx             XID8 NOT NULL DEFAULT pg_current_xact_id(),
  family         TEXT NOT NULL,
  entity_key     TEXT NOT NULL,
  student_id     UUID,
  class_group_id UUID,
  school_id      UUID
);
CREATE INDEX feed_change_position_idx ON feed_change (family, tx, seq);
CREATE INDEX feed_change_student_idx ON feed_change (student_id, family, tx, seq);
CREATE INDEX feed_change_class_group_idx ON feed_change (class_group_id, family, tx, seq);
CREATE INDEX feed_change_school_idx ON feed_change (school_id, family, tx, seq);

CREATE FUNCTION feed_school_of_student(of_student UUID) RETURNS UUID LANGUAGE sql STABLE AS
$$ SELECT s.school_id FROM student s WHERE s.id = of_student $$;

CREATE FUNCTION feed_mark_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO feed_change (family, entity_key, student_id, school_id)
  VALUES ('marks', NEW.mark_id::text, NEW.student_id, NEW.school_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER diary_mark_feed AFTER INSERT OR UPDATE ON diary_mark FOR EACH ROW EXECUTE FUNCTION feed_mark_changed();

CREATE FUNCTION feed_attendance_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  row attendance%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
  INSERT INTO feed_change (family, entity_key, student_id, school_id)
  VALUES ('attendance', row.lesson_id::text || ':' || row.student_id::text, row.student_id,
          coalesce(row.school_id, feed_school_of_student(row.student_id)));
  RETURN NULL;
END
$$;
CREATE TRIGGER attendance_feed AFTER INSERT OR UPDATE OR DELETE ON attendance FOR EACH ROW
  EXECUTE FUNCTION feed_attendance_changed();

CREATE FUNCTION feed_grade_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  row grade%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
  INSERT INTO feed_change (family, entity_key, student_id, school_id)
  VALUES ('grades', row.grade_id::text, row.student_id, coalesce(row.school_id, feed_school_of_student(row.student_id)));
  RETURN NULL;
END
$$;
CREATE TRIGGER grade_feed AFTER INSERT OR UPDATE OR DELETE ON grade FOR EACH ROW EXECUTE FUNCTION feed_grade_changed();

-- one lesson row feeds two families: its content (topic, homework) and its place in the timetable
CREATE FUNCTION feed_lesson_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  row lesson%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
  IF TG_OP <> 'UPDATE' OR (OLD.topic, OLD.homework, OLD.homework_due, OLD.attachments::text, OLD.lesson_type, OLD.subject_name)
      IS DISTINCT FROM (NEW.topic, NEW.homework, NEW.homework_due, NEW.attachments::text, NEW.lesson_type, NEW.subject_name) THEN
    INSERT INTO feed_change (family, entity_key, class_group_id, school_id)
    VALUES ('lessons', row.lesson_id::text, row.class_group_id, row.school_id);
  END IF;
  IF TG_OP <> 'UPDATE' OR (OLD.lesson_date, OLD.period_no, OLD.room, OLD.teacher_id, OLD.teacher_name, OLD.substitute_id,
      OLD.substitute_name, OLD.moved_from_date, OLD.moved_from_period, OLD.cancelled, OLD.cancellation_reason, OLD.change_reason,
      OLD.subject_name)
      IS DISTINCT FROM (NEW.lesson_date, NEW.period_no, NEW.room, NEW.teacher_id, NEW.teacher_name, NEW.substitute_id,
      NEW.substitute_name, NEW.moved_from_date, NEW.moved_from_period, NEW.cancelled, NEW.cancellation_reason, NEW.change_reason,
      NEW.subject_name) THEN
    INSERT INTO feed_change (family, entity_key, class_group_id, school_id)
    VALUES ('timetable', row.lesson_id::text, row.class_group_id, row.school_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER lesson_feed AFTER INSERT OR UPDATE OR DELETE ON lesson FOR EACH ROW EXECUTE FUNCTION feed_lesson_changed();

CREATE FUNCTION feed_enrolment_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  row enrolment%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
  INSERT INTO feed_change (family, entity_key, student_id, class_group_id, school_id)
  VALUES ('roster', row.id::text, row.student_id, row.class_group_id, row.school_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER enrolment_feed AFTER INSERT OR UPDATE OR DELETE ON enrolment FOR EACH ROW
  EXECUTE FUNCTION feed_enrolment_changed();

-- a roster entry carries the student's name: a student registered or renamed changes each of their enrolments
CREATE FUNCTION feed_student_renamed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO feed_change (family, entity_key, student_id, class_group_id, school_id)
  SELECT 'roster', e.id::text, e.student_id, e.class_group_id, e.school_id FROM enrolment e WHERE e.student_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER student_feed AFTER UPDATE ON student FOR EACH ROW
  WHEN ((OLD.last_name, OLD.first_name, OLD.middle_name) IS DISTINCT FROM (NEW.last_name, NEW.first_name, NEW.middle_name))
  EXECUTE FUNCTION feed_student_renamed();
CREATE TRIGGER student_feed_registered AFTER INSERT ON student FOR EACH ROW EXECUTE FUNCTION feed_student_renamed();
