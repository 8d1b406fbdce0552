-- Schools as identity announces them: OneRoster orgs of type school (and their region, type state).
CREATE TABLE school
(
  id            UUID PRIMARY KEY,
  name          TEXT        NOT NULL,
  short_name    TEXT,
  region_code   TEXT        NOT NULL,
  municipality  TEXT        NOT NULL,
  time_zone     TEXT,
  version       BIGINT      NOT NULL,
  modified_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX school_region_idx ON school (region_code);
