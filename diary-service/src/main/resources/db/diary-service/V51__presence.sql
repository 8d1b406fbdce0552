-- D14: a student's entries and exits through the school's entrance (journal.presence.v1), facts that never change;
-- a pass delivered again is kept once. Arrival and leaving per day are read from them.
CREATE TABLE presence_pass
(
  pass_id    UUID PRIMARY KEY,
  school_id  UUID        NOT NULL,
  student_id UUID        NOT NULL,
  direction  TEXT        NOT NULL CHECK (direction IN ('entry', 'exit')),
  passed_at  TIMESTAMPTZ NOT NULL,
  day        DATE        NOT NULL,
  point      TEXT
);
CREATE INDEX presence_pass_student_idx ON presence_pass (student_id, day);
