-- the file a student hands in, checked as homework attachments are (size, type, magic bytes); one per submission, replaced on a new hand-in
CREATE TABLE homework_submission_file
(
  submission_id UUID PRIMARY KEY REFERENCES homework_submission (id),
  file_name     TEXT   NOT NULL,
  content_type  TEXT   NOT NULL,
  size_bytes    BIGINT NOT NULL,
  content       BYTEA  NOT NULL
);
