CREATE TABLE mark
(
  id             UUID PRIMARY KEY,
  school_id      UUID          NOT NULL,
  student_id     UUID          NOT NULL,
  class_group_id UUID          NOT NULL REFERENCES class_group (id),
  subject_id     UUID          NOT NULL REFERENCES subject (id),
  teacher_id     UUID          NOT NULL,
  value          TEXT          NOT NULL,
  scale          TEXT          NOT NULL CHECK (scale IN ('FIVE_POINT', 'PASS_FAIL', 'NOTE')),
  points         SMALLINT CHECK (points BETWEEN 1 AND 5),
  work_type      TEXT          NOT NULL,
  weight         NUMERIC(4, 2) NOT NULL CHECK (weight > 0 AND weight <= 10),
  work_date      DATE          NOT NULL,
  entered_at     TIMESTAMPTZ   NOT NULL,
  on_time        BOOLEAN       NOT NULL,
  comment        TEXT,
  version        BIGINT        NOT NULL
);
CREATE INDEX mark_group_subject_idx ON mark (class_group_id, subject_id, work_date);
CREATE INDEX mark_student_idx ON mark (student_id, work_date);
