-- ADR 0042: an integration client bound to the school (a OneRoster gradebook) enters a mark for the teacher of the
-- class; the mark keeps the client beside the teacher, and each change of it says which client made it.
ALTER TABLE mark ADD COLUMN entered_by_client TEXT;
ALTER TABLE mark_history ADD COLUMN changed_by_client TEXT;
