-- 152-FZ: who read whose personal data, when and through which client; append-only, in every service with a database.
-- Repeatable and idempotent: diary (V23) and oneroster (V8) created the same table before it moved here.
CREATE TABLE IF NOT EXISTS read_audit
(
  id         BIGSERIAL PRIMARY KEY,
  read_at    TIMESTAMPTZ NOT NULL,
  reader     TEXT        NOT NULL,
  client_id  TEXT,
  roles      TEXT        NOT NULL,
  student_id UUID        NOT NULL,
  what       TEXT        NOT NULL
);
CREATE INDEX IF NOT EXISTS read_audit_student_idx ON read_audit (student_id, read_at);
CREATE OR REPLACE RULE read_audit_no_update AS ON UPDATE TO read_audit DO INSTEAD NOTHING;
CREATE OR REPLACE RULE read_audit_no_delete AS ON DELETE TO read_audit DO INSTEAD NOTHING;
