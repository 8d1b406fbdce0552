CREATE TABLE school
(
  id           UUID PRIMARY KEY,
  name         TEXT   NOT NULL,
  short_name   TEXT,
  region_code  TEXT   NOT NULL,
  municipality TEXT   NOT NULL,
  time_zone    TEXT   NOT NULL,
  version      BIGINT NOT NULL
);

CREATE TABLE person
(
  id          UUID PRIMARY KEY,
  kind        TEXT   NOT NULL CHECK (kind IN ('STUDENT', 'GUARDIAN', 'STAFF')),
  school_id   UUID REFERENCES school (id),
  last_name   TEXT   NOT NULL,
  first_name  TEXT   NOT NULL,
  middle_name TEXT,
  birth_date  DATE,
  snils       TEXT UNIQUE CHECK (snils ~ '^[0-9]{11}$'),
  version     BIGINT NOT NULL
);
CREATE INDEX person_school_idx ON person (school_id);

CREATE TABLE staff_role
(
  person_id UUID NOT NULL REFERENCES person (id),
  school_id UUID NOT NULL REFERENCES school (id),
  role      TEXT NOT NULL CHECK (role IN ('teacher', 'class-teacher', 'deputy-head', 'school-admin')),
  PRIMARY KEY (person_id, school_id, role)
);

CREATE TABLE staff_appointment
(
  person_id UUID   NOT NULL REFERENCES person (id),
  school_id UUID   NOT NULL REFERENCES school (id),
  version   BIGINT NOT NULL,
  PRIMARY KEY (person_id, school_id)
);
