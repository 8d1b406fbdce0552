-- J12: a student's achievements as the family sees them (journal.achievements.v1); a higher version replaces a lower one.
-- A withdrawal that arrives first leaves a withdrawn row without its text, so the older recording cannot bring it back.
CREATE TABLE achievement
(
  id          UUID PRIMARY KEY,
  student_id  UUID    NOT NULL,
  kind        TEXT,
  level       TEXT,
  place       INTEGER,
  awarded_on  DATE,
  subject_name TEXT,
  issuer      TEXT,
  title       TEXT,
  withdrawn   BOOLEAN NOT NULL,
  version     BIGINT  NOT NULL
);
CREATE INDEX achievement_student_idx ON achievement (student_id, awarded_on);
