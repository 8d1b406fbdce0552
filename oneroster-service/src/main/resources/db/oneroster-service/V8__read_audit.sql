-- 152-FZ: who read which student's data through OneRoster (users, enrollments, results, the CSV files of them), when
-- and through which client; append-only, as the diary's read_audit.
CREATE TABLE read_audit
(
  id         BIGSERIAL PRIMARY KEY,
  read_at    TIMESTAMPTZ NOT NULL,
  reader     TEXT        NOT NULL,
  client_id  TEXT,
  roles      TEXT        NOT NULL,
  student_id UUID        NOT NULL,
  what       TEXT        NOT NULL
);
CREATE INDEX read_audit_student_idx ON read_audit (student_id, read_at);
CREATE RULE read_audit_no_update AS ON UPDATE TO read_audit DO INSTEAD NOTHING;
CREATE RULE read_audit_no_delete AS ON DELETE TO read_audit DO INSTEAD NOTHING;
