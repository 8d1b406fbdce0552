-- D8: the weeks a school's forecasts went out, so the weekly job publishes each week once
CREATE TABLE forecast_week
(
  school_id    UUID        NOT NULL,
  week_of      DATE        NOT NULL,
  published_at TIMESTAMPTZ NOT NULL,
  students     INT         NOT NULL,
  PRIMARY KEY (school_id, week_of)
);
