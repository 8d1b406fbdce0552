-- Issue 15, ADR 0021: the ESIA account id the school records for a student (a pupil under 14 has no portal account to
-- link) or a staff member (teachers link none), for FGIS «Моя школа» /Schedule; one person per ESIA id.
ALTER TABLE person ADD COLUMN esia_id TEXT CHECK (esia_id ~ '^[0-9]{1,20}$');
CREATE UNIQUE INDEX person_esia_id ON person (esia_id) WHERE esia_id IS NOT NULL;
