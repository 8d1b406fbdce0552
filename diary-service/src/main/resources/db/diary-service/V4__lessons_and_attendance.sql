CREATE TABLE enrolment
(
  id               UUID PRIMARY KEY,
  student_id       UUID NOT NULL,
  class_group_id   UUID NOT NULL,
  class_group_name TEXT NOT NULL,
  school_id        UUID NOT NULL,
  valid_from       DATE NOT NULL,
  valid_to         DATE
);
CREATE INDEX enrolment_student_idx ON enrolment (student_id);

CREATE TABLE lesson
(
  lesson_id      UUID PRIMARY KEY,
  class_group_id UUID     NOT NULL,
  subject_name   TEXT     NOT NULL,
  lesson_date    DATE     NOT NULL,
  period_no      SMALLINT NOT NULL,
  lesson_type    TEXT     NOT NULL,
  topic          TEXT,
  homework       TEXT,
  homework_due   DATE,
  version        BIGINT   NOT NULL
);
CREATE INDEX lesson_group_date_idx ON lesson (class_group_id, lesson_date);

CREATE TABLE attendance
(
  lesson_id    UUID     NOT NULL,
  student_id   UUID     NOT NULL,
  subject_name TEXT     NOT NULL,
  lesson_date  DATE     NOT NULL,
  period_no    SMALLINT NOT NULL,
  status       TEXT     NOT NULL,
  reason       TEXT,
  minutes_late SMALLINT,
  version      BIGINT   NOT NULL,
  PRIMARY KEY (lesson_id, student_id)
);
CREATE INDEX attendance_student_date_idx ON attendance (student_id, lesson_date);
