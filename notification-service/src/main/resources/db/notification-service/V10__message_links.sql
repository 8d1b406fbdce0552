-- D10: who may write to whom follows the data. Staff with their roles at a school (identity.staff.v1),
-- who teaches which class group (journal.teaching.v1), who attends which (journal.enrolments.v1).
CREATE TABLE staff
(
  person_id  UUID   NOT NULL,
  school_id  UUID   NOT NULL,
  roles      TEXT   NOT NULL, -- comma-separated realm roles at that school
  last_name  TEXT   NOT NULL,
  first_name TEXT   NOT NULL,
  version    BIGINT NOT NULL,
  PRIMARY KEY (person_id, school_id)
);

CREATE TABLE teaching
(
  assignment_id  UUID PRIMARY KEY,
  school_id      UUID   NOT NULL,
  class_group_id UUID   NOT NULL,
  subject_name   TEXT   NOT NULL,
  teacher_id     UUID   NOT NULL,
  teacher_name   TEXT   NOT NULL,
  valid_from     DATE   NOT NULL,
  valid_to       DATE,
  version        BIGINT NOT NULL
);
CREATE INDEX teaching_group_idx ON teaching (class_group_id, teacher_id);

-- message_enrolment: its own name beside V7's enrolment (class lists for homework), which keeps another shape
CREATE TABLE message_enrolment
(
  enrolment_id   UUID PRIMARY KEY,
  student_id     UUID   NOT NULL,
  class_group_id UUID   NOT NULL,
  school_id      UUID   NOT NULL,
  valid_from     DATE   NOT NULL,
  valid_to       DATE,
  version        BIGINT NOT NULL
);
CREATE INDEX message_enrolment_student_idx ON message_enrolment (student_id);
