-- Issue 15, ADR 0021: ESIA account ids the school recorded in identity's registry for pupils (those under 14 have no
-- portal account to link) and teachers, from identity.person.esia-id-recorded; the latest version per person wins,
-- a cleared id stays as null. FGIS /Schedule finds a person by these and by active portal links.
CREATE TABLE recorded_esia_id
(
  person_id  UUID PRIMARY KEY,
  esia_id    TEXT,
  version    BIGINT      NOT NULL,
  event_time TIMESTAMPTZ NOT NULL
);
CREATE INDEX recorded_esia_id_idx ON recorded_esia_id (esia_id) WHERE esia_id IS NOT NULL;
