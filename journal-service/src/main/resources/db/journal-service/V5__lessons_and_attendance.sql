CREATE TABLE lesson
(
  id               UUID PRIMARY KEY,
  school_id        UUID     NOT NULL,
  class_group_id   UUID     NOT NULL REFERENCES class_group (id),
  subject_id       UUID     NOT NULL REFERENCES subject (id),
  teacher_id       UUID     NOT NULL,
  lesson_date      DATE     NOT NULL,
  period_no        SMALLINT NOT NULL CHECK (period_no BETWEEN 1 AND 12),
  lesson_type      TEXT     NOT NULL,
  topic            TEXT,
  homework         TEXT,
  homework_due     DATE,
  topic_entered_at TIMESTAMPTZ,
  topic_on_time    BOOLEAN  NOT NULL DEFAULT false,
  version          BIGINT   NOT NULL,
  UNIQUE (class_group_id, lesson_date, period_no)
);

CREATE TABLE attendance
(
  lesson_id    UUID        NOT NULL REFERENCES lesson (id),
  student_id   UUID        NOT NULL,
  status       TEXT        NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'LATE', 'ILL', 'EXCUSED')),
  reason       TEXT,
  minutes_late SMALLINT,
  recorded_by  UUID        NOT NULL,
  recorded_at  TIMESTAMPTZ NOT NULL,
  on_time      BOOLEAN     NOT NULL,
  version      BIGINT      NOT NULL,
  PRIMARY KEY (lesson_id, student_id)
);
CREATE INDEX attendance_student_idx ON attendance (student_id);
