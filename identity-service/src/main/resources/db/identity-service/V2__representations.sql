CREATE TABLE representation
(
  id          UUID PRIMARY KEY,
  guardian_id UUID   NOT NULL REFERENCES person (id),
  student_id  UUID   NOT NULL REFERENCES person (id),
  basis       TEXT   NOT NULL CHECK (basis IN ('PARENT', 'GUARDIAN', 'CUSTODIAN')),
  valid_from  DATE   NOT NULL,
  valid_to    DATE,
  version     BIGINT NOT NULL
);
CREATE INDEX representation_guardian_idx ON representation (guardian_id);
CREATE INDEX representation_student_idx ON representation (student_id);
