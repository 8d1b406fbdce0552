-- ADR 0044: the state of each homework for each student, from journal.homework-submission.changed (newest version wins)
CREATE TABLE homework_state
(
  student_id     UUID        NOT NULL,
  lesson_id      UUID        NOT NULL,
  submission_id  UUID        NOT NULL,
  school_id      UUID        NOT NULL,
  state          TEXT        NOT NULL,
  handed_in_at   TIMESTAMPTZ,
  return_comment TEXT,
  mark_id        UUID,
  mark_value     TEXT,
  changed_at     TIMESTAMPTZ NOT NULL,
  version        BIGINT      NOT NULL,
  PRIMARY KEY (student_id, lesson_id)
);
