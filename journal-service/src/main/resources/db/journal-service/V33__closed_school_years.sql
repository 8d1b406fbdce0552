-- 273-FZ art. 28, docs/adr/0039: a school year closed by the school's admin or the region's operator is read-only and
-- kept as one archive (a zip of JSON files and its SHA-256). The refusal lives beside the rows it guards (triggers), so
-- no write path of marks, lessons, attendance, grades or periods can forget it; the platform turns SQLSTATE EJ409 with
-- a message key into a 409 problem+json.
CREATE TABLE closed_year
(
  school_id      UUID        NOT NULL,
  academic_year  TEXT        NOT NULL,
  first_day      DATE        NOT NULL,
  last_day       DATE        NOT NULL CHECK (last_day >= first_day),
  closed_at      TIMESTAMPTZ NOT NULL,
  closed_by      UUID        NOT NULL,
  archive        BYTEA       NOT NULL,
  archive_sha256 TEXT        NOT NULL,
  PRIMARY KEY (school_id, academic_year)
);

CREATE FUNCTION refuse_in_closed_year(of_school UUID, on_day DATE) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
  IF on_day IS NOT NULL AND EXISTS (SELECT 1 FROM closed_year
                                    WHERE school_id = of_school AND on_day BETWEEN first_day AND last_day) THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409', DETAIL = of_school::text || ' ' || on_day::text;
  END IF;
END
$$;

CREATE FUNCTION mark_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM refuse_in_closed_year(OLD.school_id, OLD.work_date); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM refuse_in_closed_year(NEW.school_id, NEW.work_date); END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER mark_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON mark FOR EACH ROW EXECUTE FUNCTION mark_in_open_year();

CREATE FUNCTION lesson_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM refuse_in_closed_year(OLD.school_id, OLD.lesson_date); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM refuse_in_closed_year(NEW.school_id, NEW.lesson_date); END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER lesson_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON lesson FOR EACH ROW EXECUTE FUNCTION lesson_in_open_year();

CREATE FUNCTION attendance_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM refuse_in_closed_year(l.school_id, l.lesson_date) FROM lesson l WHERE l.id = COALESCE(NEW.lesson_id, OLD.lesson_id);
  IF TG_OP = 'UPDATE' AND NEW.lesson_id <> OLD.lesson_id THEN
    PERFORM refuse_in_closed_year(l.school_id, l.lesson_date) FROM lesson l WHERE l.id = OLD.lesson_id;
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER attendance_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON attendance
  FOR EACH ROW EXECUTE FUNCTION attendance_in_open_year();

-- a period's start lies within its year's span, so it stands for all of the period's grades
CREATE FUNCTION grade_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM refuse_in_closed_year(p.school_id, p.start_date) FROM reporting_period p
  WHERE p.id IN (NEW.period_id, OLD.period_id);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER grade_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON grade FOR EACH ROW EXECUTE FUNCTION grade_in_open_year();

CREATE FUNCTION period_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF EXISTS (SELECT 1 FROM closed_year c
             WHERE (TG_OP <> 'DELETE' AND c.school_id = NEW.school_id AND c.academic_year = NEW.academic_year)
                OR (TG_OP <> 'INSERT' AND c.school_id = OLD.school_id AND c.academic_year = OLD.academic_year)) THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER period_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON reporting_period
  FOR EACH ROW EXECUTE FUNCTION period_in_open_year();
