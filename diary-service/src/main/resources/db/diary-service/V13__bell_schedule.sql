-- D3: the schools' bell schedules from journal.regime.v1, one row per shift and effective day; lessons as
-- [{"number", "start", "end"}] (HH:mm on the school's wall clock). event_time: when the journal set it.
CREATE TABLE bell_schedule
(
  school_id      UUID        NOT NULL,
  shift          SMALLINT    NOT NULL,
  effective_from DATE        NOT NULL,
  lessons        JSONB       NOT NULL,
  version        BIGINT      NOT NULL,
  event_time     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (school_id, shift, effective_from)
);
