-- N2: what a recipient wants to hear about a student; per-kind settings as one JSON document.
CREATE TABLE preference
(
  person_id  UUID        NOT NULL, -- the recipient
  student_id UUID        NOT NULL,
  kinds      JSONB       NOT NULL,
  quiet_from TIME,
  quiet_to   TIME,
  time_zone  TEXT        NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (person_id, student_id),
  CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
);
