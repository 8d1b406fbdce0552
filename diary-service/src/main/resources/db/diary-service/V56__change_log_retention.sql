-- Issue 16, docs/adr/0041: the change log is pruned after a retention (ejd.diary.changes.retention, 30 days by default).
-- logged_at is the writing transaction's start (now()), the order of tx; the pruned position is kept so that a cursor
-- behind it answers 410 Gone (resync from a snapshot) instead of silently skipping what was pruned.
ALTER TABLE feed_change ADD COLUMN logged_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX feed_change_logged_idx ON feed_change (logged_at);

CREATE TABLE feed_pruned
(
  singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  tx        XID8        NOT NULL,
  seq       BIGINT      NOT NULL,
  pruned_at TIMESTAMPTZ NOT NULL
);
