-- Why a representation ended (court decision, the child came of age...): kept here, never published.
ALTER TABLE representation ADD COLUMN end_reason TEXT;
