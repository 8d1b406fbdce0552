-- docs/adr/0058: a school year's closing and reopening (school_year, V61) is a change of the feed's family 'school-years',
-- logged with the school only: the readers put it in the scope of every student of that school (ReadingChanges.IN_SCOPE).
-- The versioned upsert of SchoolYears changes no row for a replayed or older event, so nothing is logged for it.
CREATE FUNCTION feed_school_year_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO feed_change (family, entity_key, school_id)
  VALUES ('school-years', NEW.school_id::text || ':' || NEW.academic_year, NEW.school_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER school_year_feed AFTER INSERT OR UPDATE ON school_year FOR EACH ROW
  EXECUTE FUNCTION feed_school_year_changed();
