-- A guardian's or student's application for diary access, with its deadline in working days (A4).
-- "Overdue" is derived (OPEN and past deadline in the school's time zone), never stored.
CREATE TABLE access_application
(
  id               UUID PRIMARY KEY,
  person_id        UUID        NOT NULL REFERENCES person (id),
  school_id        UUID        NOT NULL REFERENCES school (id),
  applicant        TEXT        NOT NULL CHECK (applicant IN ('GUARDIAN', 'STUDENT')),
  channel          TEXT        NOT NULL CHECK (channel IN ('DESK', 'PORTAL')),
  submitted_by     TEXT        NOT NULL,
  submitted_client TEXT        NOT NULL,
  registered_at    TIMESTAMPTZ NOT NULL,
  registered_on    DATE        NOT NULL,
  deadline         DATE        NOT NULL CHECK (deadline > registered_on),
  status           TEXT        NOT NULL CHECK (status IN ('OPEN', 'CODE_ISSUED', 'REFUSED')),
  refusal_reason   TEXT CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
  decided_by       TEXT,
  decided_at       TIMESTAMPTZ,
  code_issued_at   TIMESTAMPTZ,
  version          BIGINT      NOT NULL
);
-- one open application per person at a time, also under concurrent registration
CREATE UNIQUE INDEX access_application_one_open_idx ON access_application (person_id) WHERE status = 'OPEN';
CREATE INDEX access_application_school_idx ON access_application (school_id, status, deadline);
