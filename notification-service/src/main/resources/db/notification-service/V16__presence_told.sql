-- D14 (ADR 0045): the pass a family was told of, once per student, school day and direction (arrival: the day's first entry,
-- leaving: its first exit). Only the student's current day is kept.
CREATE TABLE presence_told
(
  student_id UUID NOT NULL,
  day        DATE NOT NULL,
  direction  TEXT NOT NULL CHECK (direction IN ('entry', 'exit')),
  pass_id    UUID NOT NULL,
  PRIMARY KEY (student_id, day, direction)
);
