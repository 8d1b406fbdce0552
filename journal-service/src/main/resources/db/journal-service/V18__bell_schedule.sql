-- D3: each school's bell schedule per shift, in versions with the day each takes effect; every version is kept
CREATE TABLE bell_schedule
(
  school_id      UUID        NOT NULL,
  shift          SMALLINT    NOT NULL CHECK (shift BETWEEN 1 AND 3),
  effective_from DATE        NOT NULL,
  version        BIGINT      NOT NULL,
  lessons        JSONB       NOT NULL,
  set_by         UUID        NOT NULL,
  set_at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (school_id, version)
);
CREATE INDEX bell_schedule_school_idx ON bell_schedule (school_id, shift, effective_from);
