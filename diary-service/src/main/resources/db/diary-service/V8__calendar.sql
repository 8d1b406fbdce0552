-- D5, D6, D7 as the diary shows them
CREATE TABLE school_event
(
  id          UUID PRIMARY KEY,
  school_id   UUID NOT NULL,
  title       TEXT NOT NULL,
  description TEXT,
  starts_on   DATE NOT NULL,
  ends_on     DATE NOT NULL,
  place       TEXT,
  scope       TEXT NOT NULL
);
CREATE INDEX school_event_school_idx ON school_event (school_id, starts_on);

CREATE TABLE holiday
(
  id         UUID PRIMARY KEY,
  school_id  UUID NOT NULL,
  name       TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date   DATE NOT NULL
);

CREATE TABLE assessment
(
  id              UUID PRIMARY KEY,
  class_group_id  UUID NOT NULL,
  subject_name    TEXT NOT NULL,
  assessment_date DATE NOT NULL,
  title           TEXT NOT NULL
);
CREATE INDEX assessment_group_idx ON assessment (class_group_id, assessment_date);

CREATE TABLE recommendation
(
  id           UUID PRIMARY KEY,
  student_id   UUID        NOT NULL,
  subject_name TEXT        NOT NULL,
  text         TEXT        NOT NULL,
  given_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX recommendation_student_idx ON recommendation (student_id, given_at);
