-- Who is a student of which school, who is a guardian, who represents whom: a projection of
-- identity.persons.v1 and identity.representations.v1 (versioned upserts; names are not kept).
CREATE TABLE person
(
  id         UUID PRIMARY KEY,
  kind       TEXT   NOT NULL CHECK (kind IN ('STUDENT', 'GUARDIAN')),
  school_id  UUID, -- a student's school; for a guardian, the school that registered them
  birth_date DATE,  -- students only: adulthood (18) decides who gives consent
  version    BIGINT NOT NULL
);
CREATE INDEX person_school_idx ON person (school_id);

CREATE TABLE representation
(
  id          UUID PRIMARY KEY,
  guardian_id UUID   NOT NULL,
  student_id  UUID   NOT NULL,
  valid_from  DATE,  -- null while only the end has arrived (events may come out of order)
  valid_to    DATE,
  ended_on    DATE,  -- identity.representation.ended: no longer represents from this day
  version     BIGINT NOT NULL
);
CREATE INDEX representation_guardian_idx ON representation (guardian_id, student_id);
CREATE INDEX representation_student_idx ON representation (student_id);
