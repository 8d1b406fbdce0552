-- 273-FZ art. 28, docs/adr/0054 (amends 0047): the school's settings that belong to one academic year are locked with
-- it, like every row dated in it.
--   * Per year by their class group (class_group.academic_year): the class groups themselves (name, kind, parent,
--     class teacher; archived in class_groups.json), the shift a class studies in (class_group_shift) and its planned
--     hours per subject (curriculum). A change to one of a closed year's class groups is refused.
--   * Dated by the day they take effect: a bell schedule's and an averaging policy's version whose effective_from is a
--     day of a closed year (V47's dated_row_in_open_year): it would change how that year's days ring or average.
-- Not per year, so not archive data and not locked: the school's mark scales (one row per school, what may be entered
-- from now on) and its deadline policy (versions in force from when they are set, for entries made from then on).

CREATE FUNCTION refuse_in_closed_academic_year(of_school UUID, of_year TEXT) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
  IF of_year IS NOT NULL AND EXISTS (SELECT 1 FROM closed_year WHERE school_id = of_school AND academic_year = of_year) THEN
    RAISE EXCEPTION 'journal.year.closed' USING ERRCODE = 'EJ409', DETAIL = of_school::text || ' ' || of_year;
  END IF;
END
$$;

CREATE FUNCTION class_group_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM refuse_in_closed_academic_year(OLD.school_id, OLD.academic_year); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM refuse_in_closed_academic_year(NEW.school_id, NEW.academic_year); END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER class_group_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON class_group
  FOR EACH ROW EXECUTE FUNCTION class_group_in_open_year();

-- a row of one class group: the year of its class group (before and after a change of class group)
CREATE FUNCTION class_group_setting_in_open_year() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  groups UUID[] := ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.class_group_id END,
                         CASE WHEN TG_OP <> 'DELETE' THEN NEW.class_group_id END];
BEGIN
  PERFORM refuse_in_closed_academic_year(g.school_id, g.academic_year) FROM class_group g WHERE g.id = ANY (groups);
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER class_group_shift_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON class_group_shift
  FOR EACH ROW EXECUTE FUNCTION class_group_setting_in_open_year();
CREATE TRIGGER curriculum_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON curriculum
  FOR EACH ROW EXECUTE FUNCTION class_group_setting_in_open_year();

CREATE TRIGGER bell_schedule_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON bell_schedule
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('effective_from');
CREATE TRIGGER averaging_policy_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON averaging_policy
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('effective_from');
