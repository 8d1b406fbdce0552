-- Who represents which student (identity.representations.v1), kept the one way (platform Representations):
-- a guardian files absence notes for the students they represent on the day
CREATE TABLE representation
(
  id          UUID PRIMARY KEY,
  guardian_id UUID   NOT NULL,
  student_id  UUID   NOT NULL,
  valid_from  DATE,
  valid_to    DATE,
  ended_on    DATE,
  active_from DATE,
  active_to   DATE,
  version     BIGINT NOT NULL
);
CREATE INDEX representation_active_idx ON representation (guardian_id, student_id, active_from);
