-- planned hours per subject per class group for its academic year (J8)
CREATE TABLE curriculum
(
  class_group_id UUID     NOT NULL REFERENCES class_group (id),
  subject_id     UUID     NOT NULL REFERENCES subject (id),
  planned_hours  SMALLINT NOT NULL CHECK (planned_hours BETWEEN 1 AND 400),
  PRIMARY KEY (class_group_id, subject_id)
);
