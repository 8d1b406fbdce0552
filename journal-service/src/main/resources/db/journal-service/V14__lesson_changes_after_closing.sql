-- a lesson's topic or attendance changed after its period was closed: why, who, when
CREATE TABLE lesson_change_log
(
  lesson_id  UUID        NOT NULL REFERENCES lesson (id),
  what       TEXT        NOT NULL,
  reason     TEXT        NOT NULL,
  changed_by UUID        NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX lesson_change_log_lesson_idx ON lesson_change_log (lesson_id);

-- which scales a school uses (by its local act); none configured means all
CREATE TABLE school_mark_scales
(
  school_id  UUID PRIMARY KEY,
  five_point BOOLEAN NOT NULL,
  pass_fail  BOOLEAN NOT NULL,
  notes      BOOLEAN NOT NULL,
  set_by     UUID    NOT NULL,
  set_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- the assessment plan belongs to a reporting period (D5)
ALTER TABLE assessment ADD COLUMN period_id UUID REFERENCES reporting_period (id);
