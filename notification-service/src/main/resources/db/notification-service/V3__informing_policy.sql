-- Seed 004's deadlines for informing families (a mark within 2 days, an absence within 1 day) as a
-- school's own policy (J10); a school without a row has the configured defaults.
CREATE TABLE informing_policy
(
  school_id    UUID PRIMARY KEY,
  mark_days    INT         NOT NULL CHECK (mark_days BETWEEN 1 AND 30),
  absence_days INT         NOT NULL CHECK (absence_days BETWEEN 1 AND 30),
  changed_at   TIMESTAMPTZ NOT NULL
);
