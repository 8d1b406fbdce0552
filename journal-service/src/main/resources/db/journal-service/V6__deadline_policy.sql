-- J10: each school's deadlines, versioned; the newest version is in force, older ones stay for the record
CREATE TABLE deadline_policy
(
  school_id          UUID        NOT NULL,
  version            INT         NOT NULL,
  current_mark_days  SMALLINT    NOT NULL CHECK (current_mark_days BETWEEN 0 AND 30),
  written_mark_days  SMALLINT    NOT NULL CHECK (written_mark_days BETWEEN 0 AND 30),
  distance_mark_days SMALLINT    NOT NULL CHECK (distance_mark_days BETWEEN 0 AND 30),
  topic_days         SMALLINT    NOT NULL CHECK (topic_days BETWEEN 0 AND 30),
  absence_days       SMALLINT    NOT NULL CHECK (absence_days BETWEEN 0 AND 30),
  period_mark_days   SMALLINT    NOT NULL CHECK (period_mark_days BETWEEN 0 AND 30),
  set_by             UUID        NOT NULL,
  set_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, version)
);
