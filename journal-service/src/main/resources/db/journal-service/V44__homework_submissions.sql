-- Homework both ways (ADR 0044): one row per student and lesson homework, from "done" to handed in, returned and marked
CREATE TABLE homework_submission
(
  id             UUID PRIMARY KEY,
  lesson_id      UUID        NOT NULL REFERENCES lesson (id),
  student_id     UUID        NOT NULL,
  school_id      UUID        NOT NULL,
  class_group_id UUID        NOT NULL,
  subject_id     UUID        NOT NULL,
  state          TEXT        NOT NULL CHECK (state IN ('assigned', 'done', 'handed-in', 'returned', 'marked')),
  text           TEXT,
  handed_in_at   TIMESTAMPTZ,
  returned_at    TIMESTAMPTZ,
  returned_by    UUID,
  return_comment TEXT,
  mark_id        UUID,
  mark_value     TEXT,
  changed_at     TIMESTAMPTZ NOT NULL,
  changed_by     UUID        NOT NULL,
  version        BIGINT      NOT NULL,
  UNIQUE (lesson_id, student_id)
);
CREATE INDEX homework_submission_student_idx ON homework_submission (student_id);
