-- docs/adr/0054: a school year's archive state as the journal tells it (journal.school-year.closed/reopened), so the week
-- and the period and final marks of a closed year say they are archived, and a reopened year says since when it is open
-- again. One row per school and year; the version (2n+1 closed, 2n reopened) makes replays and reordering harmless.
CREATE TABLE school_year
(
  school_id     UUID        NOT NULL,
  academic_year TEXT        NOT NULL,
  first_day     DATE        NOT NULL,
  last_day      DATE        NOT NULL,
  archived      BOOLEAN     NOT NULL,
  closed_at     TIMESTAMPTZ NOT NULL,
  reopened_at   TIMESTAMPTZ,
  version       BIGINT      NOT NULL,
  PRIMARY KEY (school_id, academic_year)
);
CREATE INDEX school_year_days_idx ON school_year (school_id, first_day, last_day);
