-- ADR 0095: Modulith asks for the outbox's incomplete publications every few seconds (the retry round counts the ones
-- being resubmitted and reads the failed ones; the start reads the outstanding ones), and the completed ones stay for
-- their retention (seven days: millions of rows in a region's journal). This index holds only the incomplete ones, so
-- those reads no longer scan the whole table. Its predicate is implied by the where clause of each of Modulith's reads
-- (status = 'FAILED' or 'RESUBMITTED', completion_date is null, ...), which is what lets PostgreSQL use it.
-- Repeatable and idempotent, as R__idempotency_record_work_committed.sql says why.
CREATE INDEX IF NOT EXISTS event_publication_incomplete_idx ON event_publication (publication_date)
  WHERE completion_date IS NULL OR status IS NULL OR status <> 'COMPLETED';
