-- J11 for families: every correction and deletion of a mark as the journal announced it, append-only
CREATE TABLE mark_change
(
  mark_id    UUID        NOT NULL,
  version    BIGINT      NOT NULL,
  student_id UUID        NOT NULL,
  kind       TEXT        NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  changed_at TIMESTAMPTZ NOT NULL,
  reason     TEXT        NOT NULL,
  PRIMARY KEY (mark_id, version)
);
CREATE INDEX mark_change_student_idx ON mark_change (student_id);
