-- J13: the schools' averaging policies as the journal published them (weights by work type, versioned)
CREATE TABLE averaging_policy
(
  school_id      UUID   NOT NULL,
  version        INT    NOT NULL,
  effective_from DATE   NOT NULL,
  weights        JSONB  NOT NULL,
  PRIMARY KEY (school_id, version)
);

-- J13: the schools' deadlines for journal entries (days), the latest version the journal published
CREATE TABLE deadline_policy
(
  school_id          UUID PRIMARY KEY,
  version            INT NOT NULL,
  current_mark_days  INT NOT NULL,
  written_mark_days  INT NOT NULL,
  distance_mark_days INT NOT NULL,
  topic_days         INT NOT NULL,
  absence_days       INT NOT NULL,
  period_mark_days   INT NOT NULL
);
