-- Results OneRoster clients put (PUT results/{sourcedId}, ADR 0042): the client's sourcedId, the journal mark it
-- becomes (oneroster.result.submitted), and the version of the last submission. Reads show the journal's mark under
-- the client's sourcedId once journal.mark.posted comes back.
CREATE TABLE client_result
(
  sourced_id   TEXT PRIMARY KEY,
  mark_id      UUID        NOT NULL UNIQUE,
  client_id    TEXT        NOT NULL,
  school_id    UUID        NOT NULL,
  line_item_id TEXT        NOT NULL,
  student_id   UUID        NOT NULL,
  version      BIGINT      NOT NULL,
  modified_at  TIMESTAMPTZ NOT NULL
);
