-- Presence at school (D14): each entry and exit a school's access-control system posts; facts, never corrected.
-- (device, device_pass_id) is the system's own id of the pass: a pass posted again is recorded once.
CREATE TABLE school_pass
(
  id             UUID PRIMARY KEY,
  school_id      UUID        NOT NULL,
  student_id     UUID        NOT NULL,
  direction      TEXT        NOT NULL CHECK (direction IN ('entry', 'exit')),
  passed_at      TIMESTAMPTZ NOT NULL,
  day            DATE        NOT NULL,
  device         TEXT        NOT NULL,
  device_pass_id TEXT        NOT NULL,
  point          TEXT,
  recorded_at    TIMESTAMPTZ NOT NULL,
  UNIQUE (device, device_pass_id)
);
CREATE INDEX school_pass_student_idx ON school_pass (student_id, day);
