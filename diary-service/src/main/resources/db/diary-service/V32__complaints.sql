-- D12: complaints about missing or wrong diary information, with the school's answer and deadline
CREATE TABLE complaint
(
  id             UUID PRIMARY KEY,
  number         TEXT        NOT NULL,
  school_id      UUID        NOT NULL,
  student_id     UUID        NOT NULL,
  complainant_id UUID        NOT NULL,
  form           TEXT        NOT NULL CHECK (form IN ('electronic', 'oral', 'paper')),
  registered_by  UUID        NOT NULL,
  subject_name   TEXT,
  from_date      DATE,
  to_date        DATE,
  text           TEXT        NOT NULL,
  filed_at       TIMESTAMPTZ NOT NULL,
  filed_on       DATE        NOT NULL,
  due_on         DATE        NOT NULL,
  assignee_id    UUID,
  assigned_at    TIMESTAMPTZ,
  answer         TEXT,
  answered_by    UUID,
  answered_at    TIMESTAMPTZ,
  answered_on    DATE,
  UNIQUE (school_id, number)
);
CREATE INDEX complaint_school_open_idx ON complaint (school_id, due_on) WHERE answered_at IS NULL;
CREATE INDEX complaint_student_idx ON complaint (student_id, filed_at);

-- the journal entries an answer names as now filling the gap
CREATE TABLE complaint_entry
(
  complaint_id UUID NOT NULL REFERENCES complaint (id),
  kind         TEXT NOT NULL CHECK (kind IN ('mark', 'lesson')),
  entry_id     UUID NOT NULL,
  PRIMARY KEY (complaint_id, kind, entry_id)
);

-- a school's registration numbers, one counter per school and calendar year
CREATE TABLE complaint_counter
(
  school_id UUID    NOT NULL,
  year      INTEGER NOT NULL,
  last      INTEGER NOT NULL,
  PRIMARY KEY (school_id, year)
);
