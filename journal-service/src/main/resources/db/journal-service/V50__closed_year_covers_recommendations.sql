-- 273-FZ art. 28, docs/adr/0054 (amends 0047): a teacher's recommendation (D7) belongs to the school day it was given
-- on, like an achievement to the day it was awarded, so one given on a day of a closed year refuses every change with
-- EJ409 (V47's dated_row_in_open_year). given_at is a moment; the day is the school's own (its time zone), which the
-- journal writes from its business clock from now on. Rows written before are dated by their school's zone, or by
-- ejd.time.default-zone's default (Europe/Moscow) where identity never published one.
ALTER TABLE recommendation ADD COLUMN given_on DATE;
UPDATE recommendation r
SET given_on = (r.given_at AT TIME ZONE COALESCE((SELECT k.time_zone FROM known_school k WHERE k.id = r.school_id),
                                                 'Europe/Moscow'))::date;
ALTER TABLE recommendation ALTER COLUMN given_on SET NOT NULL;

CREATE TRIGGER recommendation_in_open_year BEFORE INSERT OR UPDATE OR DELETE ON recommendation
  FOR EACH ROW EXECUTE FUNCTION dated_row_in_open_year('given_on');
