-- D5, D6, D7: school and city events, the assessment plan, teachers' recommendations
CREATE TABLE school_event
(
  id           UUID PRIMARY KEY,
  school_id    UUID        NOT NULL,
  title        TEXT        NOT NULL,
  description  TEXT,
  starts_on    DATE        NOT NULL,
  ends_on      DATE        NOT NULL CHECK (ends_on >= starts_on),
  place        TEXT,
  scope        TEXT        NOT NULL CHECK (scope IN ('school', 'city')),
  published_by UUID        NOT NULL,
  published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX school_event_school_idx ON school_event (school_id, starts_on);

CREATE TABLE assessment
(
  id              UUID PRIMARY KEY,
  school_id       UUID NOT NULL,
  class_group_id  UUID NOT NULL REFERENCES class_group (id),
  subject_id      UUID NOT NULL REFERENCES subject (id),
  assessment_date DATE NOT NULL,
  title           TEXT NOT NULL
);
CREATE INDEX assessment_group_idx ON assessment (class_group_id, assessment_date);

CREATE TABLE recommendation
(
  id         UUID PRIMARY KEY,
  school_id  UUID        NOT NULL,
  student_id UUID        NOT NULL,
  subject_id UUID        NOT NULL REFERENCES subject (id),
  teacher_id UUID        NOT NULL,
  text       TEXT        NOT NULL,
  given_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_student_idx ON recommendation (student_id);
