CREATE TABLE class_group
(
  id            UUID PRIMARY KEY,
  school_id     UUID NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('CLASS', 'SUBGROUP', 'STREAM', 'INDIVIDUAL')),
  academic_year TEXT NOT NULL,
  parent_id     UUID REFERENCES class_group (id),
  UNIQUE (school_id, academic_year, name)
);

CREATE TABLE enrolment
(
  id             UUID PRIMARY KEY,
  class_group_id UUID NOT NULL REFERENCES class_group (id),
  student_id     UUID NOT NULL,
  enrolled_from  DATE NOT NULL,
  enrolled_to    DATE
);
CREATE INDEX enrolment_group_student_idx ON enrolment (class_group_id, student_id);

CREATE TABLE subject
(
  id        UUID PRIMARY KEY,
  school_id UUID NOT NULL,
  name      TEXT NOT NULL,
  UNIQUE (school_id, name)
);

CREATE TABLE teaching_assignment
(
  id             UUID PRIMARY KEY,
  teacher_id     UUID NOT NULL,
  subject_id     UUID NOT NULL REFERENCES subject (id),
  class_group_id UUID NOT NULL REFERENCES class_group (id),
  valid_from     DATE NOT NULL,
  valid_to       DATE
);
CREATE INDEX teaching_assignment_lookup_idx ON teaching_assignment (teacher_id, class_group_id, subject_id);
