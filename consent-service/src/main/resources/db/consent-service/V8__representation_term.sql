-- One rule of "represents on a day" (contracts RepresentationTerm): valid_from, valid_to and
-- ended_on are kept as they came; active_from/active_to are what the rule makes of them
-- (active_from null: never active).
ALTER TABLE representation ADD COLUMN active_from DATE;
ALTER TABLE representation ADD COLUMN active_to DATE;
UPDATE representation
SET active_to = CASE WHEN ended_on IS NULL THEN valid_to
                     WHEN valid_to IS NULL OR valid_to > ended_on - 1 THEN ended_on - 1
                     ELSE valid_to END;
UPDATE representation SET active_from = CASE WHEN valid_from IS NOT NULL AND (active_to IS NULL OR active_to >= valid_from)
                                             THEN valid_from END;
