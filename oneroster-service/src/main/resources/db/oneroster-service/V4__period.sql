-- Reporting periods (journal.periods.v1): OneRoster academicSessions.
CREATE TABLE period
(
  id            UUID PRIMARY KEY,
  school_id     UUID        NOT NULL,
  academic_year TEXT        NOT NULL,
  name          TEXT        NOT NULL,
  kind          TEXT        NOT NULL,
  start_date    DATE        NOT NULL,
  end_date      DATE        NOT NULL,
  closed        BOOLEAN     NOT NULL,
  version       BIGINT      NOT NULL,
  modified_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX period_school_idx ON period (school_id);
