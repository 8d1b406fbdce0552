CREATE TABLE grade
(
  grade_id        UUID PRIMARY KEY,
  student_id      UUID   NOT NULL,
  subject_name    TEXT   NOT NULL,
  period_id       UUID   NOT NULL,
  period_name     TEXT   NOT NULL,
  academic_year   TEXT   NOT NULL,
  kind            TEXT   NOT NULL,
  value           TEXT,
  deferred_until  DATE,
  deferral_reason TEXT,
  version         BIGINT NOT NULL
);
CREATE INDEX grade_student_idx ON grade (student_id, academic_year);
