CREATE TABLE student
(
  id          UUID PRIMARY KEY,
  school_id   UUID   NOT NULL,
  last_name   TEXT   NOT NULL,
  first_name  TEXT   NOT NULL,
  middle_name TEXT,
  version     BIGINT NOT NULL
);

CREATE TABLE representation
(
  id          UUID PRIMARY KEY,
  guardian_id UUID   NOT NULL,
  student_id  UUID   NOT NULL,
  valid_from  DATE   NOT NULL,
  valid_to    DATE,
  version     BIGINT NOT NULL
);
CREATE INDEX representation_guardian_idx ON representation (guardian_id, student_id);
