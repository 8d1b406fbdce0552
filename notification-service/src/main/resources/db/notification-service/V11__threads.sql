-- D10 personal messages: a thread about one student between one staff member and the student's family
CREATE TABLE thread
(
  id              UUID PRIMARY KEY,
  school_id       UUID        NOT NULL,
  student_id      UUID        NOT NULL,
  staff_id        UUID        NOT NULL,
  topic           TEXT        NOT NULL,
  started_by      UUID        NOT NULL,
  started_at      TIMESTAMPTZ NOT NULL,
  last_message_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX thread_staff_idx ON thread (staff_id, last_message_at);
CREATE INDEX thread_student_idx ON thread (student_id, last_message_at);

-- messages are never edited; a deleted one keeps its row as a marker (text gone, deleted_at set)
CREATE TABLE thread_message
(
  seq        BIGSERIAL PRIMARY KEY,
  id         UUID        NOT NULL UNIQUE,
  thread_id  UUID        NOT NULL REFERENCES thread (id),
  author_id  UUID        NOT NULL,
  from_staff BOOLEAN     NOT NULL,
  text       TEXT,
  sent_at    TIMESTAMPTZ NOT NULL,
  deleted_at TIMESTAMPTZ
);
CREATE INDEX thread_message_thread_idx ON thread_message (thread_id, seq);
CREATE INDEX thread_message_author_idx ON thread_message (author_id, sent_at);

-- read receipts: how far each participant has read a thread
CREATE TABLE thread_read
(
  thread_id UUID        NOT NULL REFERENCES thread (id),
  person_id UUID        NOT NULL,
  read_seq  BIGINT      NOT NULL,
  read_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (thread_id, person_id)
);
