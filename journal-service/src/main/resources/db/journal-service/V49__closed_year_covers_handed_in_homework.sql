-- 273-FZ art. 28, docs/adr/0047 and 0044: homework handed in belongs to its lesson's day like the lesson's own files (V47),
-- so a closed year's submissions (done, handed in, returned, marked) and their files refuse every change with EJ409.

CREATE FUNCTION homework_submission_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM refuse_in_closed_year(l.school_id, l.lesson_date) FROM lesson l WHERE l.id IN (NEW.lesson_id, OLD.lesson_id);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER homework_submission_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON homework_submission
  FOR EACH ROW EXECUTE FUNCTION homework_submission_in_open_year();

CREATE FUNCTION homework_submission_file_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM refuse_in_closed_year(l.school_id, l.lesson_date)
  FROM homework_submission s JOIN lesson l ON l.id = s.lesson_id
  WHERE s.id IN (NEW.submission_id, OLD.submission_id);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER homework_submission_file_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON homework_submission_file
  FOR EACH ROW EXECUTE FUNCTION homework_submission_file_in_open_year();
