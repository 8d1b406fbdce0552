-- One rule of "represents on a day" (contracts RepresentationTerm): the facts of the start and the
-- end are kept as they came; active_from/active_to are what the rule makes of them (active_from
-- null: never active). Rows written before this kept the end as valid_to = ended_on - 1.
ALTER TABLE representation ALTER COLUMN valid_from DROP NOT NULL;
ALTER TABLE representation ADD COLUMN ended_on DATE;
ALTER TABLE representation ADD COLUMN active_from DATE;
ALTER TABLE representation ADD COLUMN active_to DATE;
UPDATE representation SET active_from = CASE WHEN valid_to IS NULL OR valid_to >= valid_from THEN valid_from END,
                          active_to = valid_to;
CREATE INDEX representation_active_idx ON representation (guardian_id, active_from);
