-- a family's absence notes and their state, from journal.absences.v1 (version 1 filed, 2 decided; a decision that
-- arrives before its filing is kept, the filing then fills in what was asked)
CREATE TABLE absence_note
(
  id              UUID PRIMARY KEY,
  school_id       UUID        NOT NULL,
  student_id      UUID        NOT NULL,
  kind            TEXT,
  from_date       DATE        NOT NULL,
  to_date         DATE        NOT NULL,
  lesson_numbers  TEXT, -- comma-separated; null: whole days
  reason          TEXT,
  filed_at        TIMESTAMPTZ,
  status          TEXT        NOT NULL, -- filed, accepted, declined
  decided_at      TIMESTAMPTZ,
  decision_reason TEXT,
  excused_lessons INTEGER,
  version         BIGINT      NOT NULL
);
CREATE INDEX absence_note_student_idx ON absence_note (student_id, from_date);
