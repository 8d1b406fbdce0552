-- journal.student.enrolled: who is in a class group on a day, so that a lesson's homework reaches its students' families
CREATE TABLE enrolment
(
  id             UUID PRIMARY KEY,
  student_id     UUID   NOT NULL,
  class_group_id UUID   NOT NULL,
  valid_from     DATE   NOT NULL,
  valid_to       DATE,
  version        BIGINT NOT NULL
);
CREATE INDEX enrolment_group_idx ON enrolment (class_group_id);

-- journal.lesson.recorded: the homework last told per lesson; a lesson re-recorded with the same homework tells nothing new
CREATE TABLE lesson_homework
(
  lesson_id    UUID PRIMARY KEY,
  homework     TEXT   NOT NULL,
  homework_due DATE,
  version      BIGINT NOT NULL
);
