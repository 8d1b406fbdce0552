-- Class groups and who attends them (journal.enrolments.v1), who teaches what in them (journal.teaching.v1).
CREATE TABLE class_group
(
  id            UUID PRIMARY KEY,
  school_id     UUID        NOT NULL,
  name          TEXT,
  kind          TEXT,
  academic_year TEXT,
  modified_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX class_group_school_idx ON class_group (school_id);

CREATE TABLE enrolment
(
  id             UUID PRIMARY KEY,
  student_id     UUID        NOT NULL,
  class_group_id UUID        NOT NULL,
  school_id      UUID        NOT NULL,
  valid_from     DATE        NOT NULL,
  valid_to       DATE,
  version        BIGINT      NOT NULL,
  modified_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX enrolment_school_idx ON enrolment (school_id);
CREATE INDEX enrolment_class_idx ON enrolment (class_group_id);

CREATE TABLE teaching
(
  id             UUID PRIMARY KEY,
  school_id      UUID        NOT NULL,
  class_group_id UUID        NOT NULL,
  subject_id     UUID        NOT NULL,
  teacher_id     UUID        NOT NULL,
  valid_from     DATE        NOT NULL,
  valid_to       DATE,
  version        BIGINT      NOT NULL,
  modified_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX teaching_school_idx ON teaching (school_id);

-- a school's subjects: OneRoster courses
CREATE TABLE subject
(
  id          UUID PRIMARY KEY,
  school_id   UUID        NOT NULL,
  name        TEXT        NOT NULL,
  modified_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX subject_school_idx ON subject (school_id);
