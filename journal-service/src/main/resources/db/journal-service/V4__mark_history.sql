-- J11: corrections and deletions keep the full history; a deleted mark stays, flagged.
ALTER TABLE mark ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE mark_history
(
  mark_id     UUID        NOT NULL REFERENCES mark (id),
  version     BIGINT      NOT NULL,
  action      TEXT        NOT NULL CHECK (action IN ('CORRECTED', 'DELETED')),
  old_value   TEXT        NOT NULL,
  new_value   TEXT,
  old_comment TEXT,
  new_comment TEXT,
  changed_by  UUID        NOT NULL,
  changed_at  TIMESTAMPTZ NOT NULL,
  reason      TEXT        NOT NULL,
  PRIMARY KEY (mark_id, version)
);

-- history is append-only: nobody edits or removes what happened
CREATE FUNCTION mark_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'mark_history is append-only';
END $$;
CREATE TRIGGER mark_history_append_only BEFORE UPDATE OR DELETE ON mark_history
  FOR EACH ROW EXECUTE FUNCTION mark_history_is_append_only();
