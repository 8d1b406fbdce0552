-- journal's projection of identity (schools, students, staff), fed by identity.* events
CREATE TABLE known_school
(
  id      UUID PRIMARY KEY,
  name    TEXT   NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE known_student
(
  id         UUID PRIMARY KEY,
  school_id  UUID   NOT NULL,
  last_name  TEXT   NOT NULL,
  first_name TEXT   NOT NULL,
  version    BIGINT NOT NULL
);

CREATE TABLE known_staff
(
  person_id  UUID   NOT NULL,
  school_id  UUID   NOT NULL,
  roles      TEXT[] NOT NULL,
  last_name  TEXT   NOT NULL,
  first_name TEXT   NOT NULL,
  version    BIGINT NOT NULL,
  PRIMARY KEY (person_id, school_id)
);
