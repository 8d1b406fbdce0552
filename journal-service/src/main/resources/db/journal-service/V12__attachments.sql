-- homework files: metadata and (by default) the content in the database
CREATE TABLE lesson_attachment
(
  id           UUID PRIMARY KEY,
  lesson_id    UUID        NOT NULL REFERENCES lesson (id),
  file_name    TEXT        NOT NULL,
  content_type TEXT        NOT NULL,
  size_bytes   BIGINT      NOT NULL,
  uploaded_by  UUID        NOT NULL,
  uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX lesson_attachment_lesson_idx ON lesson_attachment (lesson_id);

CREATE TABLE attachment_content
(
  attachment_id UUID PRIMARY KEY REFERENCES lesson_attachment (id),
  content       BYTEA NOT NULL
);
