CREATE TABLE diary_mark
(
  mark_id      UUID PRIMARY KEY,
  student_id   UUID          NOT NULL,
  school_id    UUID          NOT NULL,
  subject_id   UUID          NOT NULL,
  subject_name TEXT          NOT NULL,
  value        TEXT          NOT NULL,
  points       SMALLINT,
  scale        TEXT          NOT NULL,
  work_type    TEXT          NOT NULL,
  weight       NUMERIC(4, 2) NOT NULL,
  work_date    DATE          NOT NULL,
  entered_at   TIMESTAMPTZ   NOT NULL,
  comment      TEXT,
  version      BIGINT        NOT NULL
);
CREATE INDEX diary_mark_student_idx ON diary_mark (student_id, work_date);
