-- Current marks (journal.marks.v1): OneRoster results; a deleted mark stays with deleted = true (status tobedeleted).
CREATE TABLE mark
(
  id             UUID PRIMARY KEY,
  student_id     UUID        NOT NULL,
  school_id      UUID        NOT NULL,
  class_group_id UUID,
  subject_id     UUID,
  teacher_id     UUID,
  value          TEXT,
  numeric_value  INTEGER,
  scale          TEXT,
  work_type      TEXT,
  weight         NUMERIC(6, 2),
  work_date      DATE,
  comment        TEXT,
  deleted        BOOLEAN     NOT NULL DEFAULT FALSE,
  version        BIGINT      NOT NULL,
  modified_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX mark_school_idx ON mark (school_id);
