-- D10: a participant reports a thread to the school administration, which may then read it and may block a sender in
-- its school; every report, block, unblock and administrative read is kept (append-only audit)
CREATE TABLE thread_report
(
  id          UUID PRIMARY KEY,
  thread_id   UUID        NOT NULL REFERENCES thread (id),
  school_id   UUID        NOT NULL,
  reported_by UUID        NOT NULL,
  reason      TEXT        NOT NULL,
  reported_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX thread_report_school_idx ON thread_report (school_id, reported_at);

CREATE TABLE message_block
(
  school_id  UUID        NOT NULL,
  person_id  UUID        NOT NULL,
  blocked_by UUID        NOT NULL,
  reason     TEXT        NOT NULL,
  blocked_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (school_id, person_id)
);

CREATE TABLE message_audit
(
  id        BIGSERIAL PRIMARY KEY,
  school_id UUID        NOT NULL,
  actor_id  UUID        NOT NULL,
  action    TEXT        NOT NULL, -- reported, read-reported, blocked, unblocked
  thread_id UUID,
  person_id UUID,
  detail    TEXT,
  at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_audit_school_idx ON message_audit (school_id, id);
CREATE RULE message_audit_no_update AS ON UPDATE TO message_audit DO INSTEAD NOTHING;
CREATE RULE message_audit_no_delete AS ON DELETE TO message_audit DO INSTEAD NOTHING;
