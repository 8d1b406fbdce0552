-- Every decision about telling a recipient of a fact on a channel: a pending send (the outbox of
-- sends), a sent or failed one, or a suppressed one with the rule that suppressed it.
CREATE TABLE message
(
  id              UUID PRIMARY KEY,
  source_event_id UUID        NOT NULL,
  source_id       UUID        NOT NULL, -- the mark, lesson or grade: a correction or a deletion finds its pending message
  recipient_id    UUID        NOT NULL,
  channel         TEXT        NOT NULL CHECK (channel IN ('app', 'email', 'sms')),
  kind            TEXT        NOT NULL, -- template: mark, absence, final-mark
  student_id      UUID        NOT NULL,
  school_id       UUID        NOT NULL,
  payload         TEXT        NOT NULL, -- JSON of the template's variables
  language        TEXT        NOT NULL,
  status          TEXT        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'SUPPRESSED', 'CANCELLED')),
  rule            TEXT,                 -- the rule that suppressed or cancelled it
  digest          BOOLEAN     NOT NULL DEFAULT false, -- goes with others of the recipient in one message
  occurred_at     TIMESTAMPTZ NOT NULL, -- when the fact happened: the informing deadline counts from it
  due_at          TIMESTAMPTZ NOT NULL, -- not before: quiet hours, back-off
  attempts        INT         NOT NULL DEFAULT 0,
  last_error      TEXT,
  provider_id     TEXT,
  segments        INT,
  created_at      TIMESTAMPTZ NOT NULL,
  sent_at         TIMESTAMPTZ,
  read_at         TIMESTAMPTZ,
  CONSTRAINT message_once UNIQUE (source_event_id, recipient_id, channel)
);
CREATE INDEX message_due_idx ON message (due_at) WHERE status = 'QUEUED';
CREATE INDEX message_source_idx ON message (source_id, recipient_id, channel);
CREATE INDEX message_feed_idx ON message (recipient_id, created_at DESC, id) WHERE channel = 'app';
CREATE INDEX message_school_idx ON message (school_id, created_at DESC, id);
