-- DELETE lineItems/{sourcedId} and results/{sourcedId} (OneRoster 1.2, ADR 0046): the client's record stays with the
-- moment it was deleted and reads show it as tobedeleted (delta syncs see it go); the journal deletes the marks.
ALTER TABLE client_result ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE client_line_item ADD COLUMN deleted_at TIMESTAMPTZ;
