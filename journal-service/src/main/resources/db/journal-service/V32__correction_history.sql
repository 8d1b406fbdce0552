-- J11 (273-FZ art. 28): every change to attendance and to a lesson's topic and homework, in open periods too, with the old
-- and the new value, who, when and (after the period's closing) why; append-only, as mark_history and grade_history are
CREATE TABLE attendance_history
(
  id               BIGSERIAL PRIMARY KEY,
  lesson_id        UUID        NOT NULL REFERENCES lesson (id),
  student_id       UUID        NOT NULL,
  version          BIGINT      NOT NULL,
  old_status       TEXT,
  new_status       TEXT        NOT NULL,
  old_reason       TEXT,
  new_reason       TEXT,
  old_minutes_late INTEGER,
  new_minutes_late INTEGER,
  changed_by       UUID        NOT NULL,
  changed_at       TIMESTAMPTZ NOT NULL,
  change_reason    TEXT
);
CREATE INDEX attendance_history_lesson_idx ON attendance_history (lesson_id, id);

CREATE TABLE lesson_content_history
(
  id               BIGSERIAL PRIMARY KEY,
  lesson_id        UUID        NOT NULL REFERENCES lesson (id),
  version          BIGINT      NOT NULL,
  old_type         TEXT,
  new_type         TEXT        NOT NULL,
  old_topic        TEXT,
  new_topic        TEXT,
  old_homework     TEXT,
  new_homework     TEXT,
  old_homework_due DATE,
  new_homework_due DATE,
  changed_by       UUID        NOT NULL,
  changed_at       TIMESTAMPTZ NOT NULL,
  change_reason    TEXT
);
CREATE INDEX lesson_content_history_lesson_idx ON lesson_content_history (lesson_id, id);
