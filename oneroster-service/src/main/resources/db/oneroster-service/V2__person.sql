-- Students and staff at a school: OneRoster users. A staff member's roles are the whole current set (StaffAppointed);
-- a student who left keeps a row with left_on (status tobedeleted from then).
CREATE TABLE person
(
  id            UUID        NOT NULL,
  school_id     UUID        NOT NULL,
  kind          TEXT        NOT NULL CHECK (kind IN ('student', 'staff')),
  family_name   TEXT        NOT NULL,
  given_name    TEXT        NOT NULL,
  middle_name   TEXT,
  birth_date    DATE,
  roles         TEXT[]      NOT NULL DEFAULT '{}',
  left_on       DATE,
  version       BIGINT      NOT NULL,
  modified_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (id, school_id)
);
CREATE INDEX person_school_idx ON person (school_id, kind);
