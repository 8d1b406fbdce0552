-- D10 attachments: a participant uploads a file to a thread (message_id null: not sent yet), then sends it with a message;
-- the content lives here (bytea, as the journal keeps homework files), readable by the thread's participants only
CREATE TABLE message_attachment
(
  id           UUID PRIMARY KEY,
  thread_id    UUID        NOT NULL REFERENCES thread (id),
  message_id   UUID REFERENCES thread_message (id),
  file_name    TEXT        NOT NULL,
  content_type TEXT        NOT NULL,
  size_bytes   BIGINT      NOT NULL,
  uploaded_by  UUID        NOT NULL,
  uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_attachment_message_idx ON message_attachment (message_id);

CREATE TABLE message_attachment_content
(
  attachment_id UUID PRIMARY KEY REFERENCES message_attachment (id) ON DELETE CASCADE,
  content       BYTEA NOT NULL
);
