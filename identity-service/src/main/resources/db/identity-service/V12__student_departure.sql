-- A student left the school (A3: access lasts for the period of study). The person stays in the
-- registry for the record; their account is revoked and they no longer count for a guardian's schools.
CREATE TABLE student_departure
(
  person_id   UUID PRIMARY KEY REFERENCES person (id),
  school_id   UUID        NOT NULL REFERENCES school (id),
  left_on     DATE        NOT NULL,
  reason      TEXT,
  recorded_at TIMESTAMPTZ NOT NULL,
  recorded_by TEXT        NOT NULL
);
