-- Absence notes: a guardian's planned absence or excuse of a past one, decided by the class teacher; never deleted
CREATE TABLE absence_note
(
  id              UUID PRIMARY KEY,
  school_id       UUID        NOT NULL,
  student_id      UUID        NOT NULL,
  class_group_id  UUID        NOT NULL REFERENCES class_group (id),
  kind            TEXT        NOT NULL CHECK (kind IN ('planned', 'excuse')),
  from_date       DATE        NOT NULL,
  to_date         DATE        NOT NULL,
  lesson_numbers  TEXT,  -- "3,4": only these lesson numbers of each day; null: all lessons
  reason          TEXT        NOT NULL,
  filed_by        UUID        NOT NULL,
  filed_at        TIMESTAMPTZ NOT NULL,
  status          TEXT        NOT NULL CHECK (status IN ('filed', 'accepted', 'declined')),
  decided_by      UUID,
  decided_at      TIMESTAMPTZ,
  decision_reason TEXT,
  CHECK (from_date <= to_date)
);
CREATE INDEX absence_note_student_idx ON absence_note (student_id, from_date);
CREATE INDEX absence_note_group_idx ON absence_note (class_group_id, status);

-- the note's attached paper (a doctor's certificate, a written note), checked as homework files are
CREATE TABLE absence_note_file
(
  note_id      UUID PRIMARY KEY REFERENCES absence_note (id),
  file_name    TEXT    NOT NULL,
  content_type TEXT    NOT NULL,
  size_bytes   INTEGER NOT NULL,
  content      BYTEA   NOT NULL
);

-- what happened to a note, in order: filed, file attached, accepted or declined (append-only)
CREATE TABLE absence_note_history
(
  id      BIGSERIAL PRIMARY KEY,
  note_id UUID        NOT NULL REFERENCES absence_note (id),
  at      TIMESTAMPTZ NOT NULL,
  by      UUID        NOT NULL,
  action  TEXT        NOT NULL,
  detail  TEXT
);
CREATE INDEX absence_note_history_note_idx ON absence_note_history (note_id, id);
