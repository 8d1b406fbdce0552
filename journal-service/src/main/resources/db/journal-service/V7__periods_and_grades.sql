CREATE TABLE reporting_period
(
  id            UUID PRIMARY KEY,
  school_id     UUID NOT NULL,
  academic_year TEXT NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('QUARTER', 'TRIMESTER', 'HALF_YEAR', 'YEAR')),
  start_date    DATE NOT NULL,
  end_date      DATE NOT NULL CHECK (end_date >= start_date),
  closed_at     TIMESTAMPTZ,
  closed_by     UUID
);
CREATE INDEX reporting_period_school_idx ON reporting_period (school_id, academic_year);

-- period, year, exam and final marks; value is null while a final mark is deferred (J7)
CREATE TABLE grade
(
  id              UUID PRIMARY KEY,
  period_id       UUID        NOT NULL REFERENCES reporting_period (id),
  school_id       UUID        NOT NULL,
  class_group_id  UUID        NOT NULL REFERENCES class_group (id),
  subject_id      UUID        NOT NULL REFERENCES subject (id),
  student_id      UUID        NOT NULL,
  kind            TEXT        NOT NULL CHECK (kind IN ('PERIOD', 'YEAR', 'EXAM', 'FINAL')),
  value           TEXT,
  points          SMALLINT,
  deferred_until  DATE,
  deferral_reason TEXT,
  teacher_id      UUID        NOT NULL,
  entered_at      TIMESTAMPTZ NOT NULL,
  on_time         BOOLEAN     NOT NULL,
  comment         TEXT,
  version         BIGINT      NOT NULL,
  CHECK (value IS NOT NULL OR deferred_until IS NOT NULL),
  UNIQUE (period_id, student_id, subject_id, kind)
);

CREATE TABLE grade_history
(
  grade_id       UUID        NOT NULL REFERENCES grade (id),
  version        BIGINT      NOT NULL,
  value          TEXT,
  deferred_until DATE,
  changed_by     UUID        NOT NULL,
  changed_at     TIMESTAMPTZ NOT NULL,
  reason         TEXT,
  PRIMARY KEY (grade_id, version)
);
CREATE TRIGGER grade_history_append_only BEFORE UPDATE OR DELETE ON grade_history
  FOR EACH ROW EXECUTE FUNCTION mark_history_is_append_only();
