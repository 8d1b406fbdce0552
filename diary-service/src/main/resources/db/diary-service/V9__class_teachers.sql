-- D5: who teaches what to a class group, from journal.teaching.v1
CREATE TABLE class_teacher
(
  assignment_id  UUID PRIMARY KEY,
  class_group_id UUID NOT NULL,
  subject_name   TEXT NOT NULL,
  teacher_name   TEXT NOT NULL,
  valid_from     DATE NOT NULL,
  valid_to       DATE
);
CREATE INDEX class_teacher_group_idx ON class_teacher (class_group_id);
