-- Students' achievements (J12): awards, commendations, olympiad and competition results recorded by the school's staff;
-- never deleted: a withdrawal keeps the row and its history
CREATE TABLE achievement
(
  id           UUID PRIMARY KEY,
  school_id    UUID        NOT NULL,
  student_id   UUID        NOT NULL,
  kind         TEXT        NOT NULL CHECK (kind IN ('award', 'commendation', 'olympiad', 'competition')),
  level        TEXT        NOT NULL CHECK (level IN ('school', 'municipal', 'regional', 'federal', 'international')),
  place        INTEGER CHECK (place BETWEEN 1 AND 1000),
  awarded_on   DATE        NOT NULL,
  subject_id   UUID REFERENCES subject (id),
  issuer       TEXT        NOT NULL,
  title        TEXT        NOT NULL,
  recorded_by  UUID        NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  withdrawn    BOOLEAN     NOT NULL DEFAULT false,
  version      BIGINT      NOT NULL
);
CREATE INDEX achievement_student_idx ON achievement (student_id, awarded_on);

-- every version of an achievement as it was written, who wrote it, when and why (append-only)
CREATE TABLE achievement_history
(
  achievement_id UUID        NOT NULL REFERENCES achievement (id),
  version        BIGINT      NOT NULL,
  action         TEXT        NOT NULL CHECK (action IN ('recorded', 'corrected', 'withdrawn')),
  kind           TEXT        NOT NULL,
  level          TEXT        NOT NULL,
  place          INTEGER,
  awarded_on     DATE        NOT NULL,
  subject_id     UUID,
  issuer         TEXT        NOT NULL,
  title          TEXT        NOT NULL,
  changed_by     UUID        NOT NULL,
  changed_at     TIMESTAMPTZ NOT NULL,
  reason         TEXT,
  PRIMARY KEY (achievement_id, version)
);
