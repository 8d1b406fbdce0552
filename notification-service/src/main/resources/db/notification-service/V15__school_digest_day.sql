-- issue 11: a school's own weekday for weekly digests (a recipient's own weeklyOn still wins; no row: the configured default)
CREATE TABLE school_digest
(
  school_id  UUID PRIMARY KEY,
  weekly_on  TEXT        NOT NULL CHECK (weekly_on IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
  changed_at TIMESTAMPTZ NOT NULL
);
