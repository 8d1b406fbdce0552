-- A4: the school is warned once the day before an open application's deadline, and told once when it passed
ALTER TABLE access_application ADD COLUMN warned_at TIMESTAMPTZ;
ALTER TABLE access_application ADD COLUMN overdue_told_at TIMESTAMPTZ;
CREATE INDEX access_application_open_deadline_idx ON access_application (deadline) WHERE status = 'OPEN';
