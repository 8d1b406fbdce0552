-- ADR 0075: the transaction that commits a request's work also marks its idempotency record done, so a retry after a
-- lost answer is never made twice. Repeatable and idempotent: the versioned platform migrations come before every
-- service's own, so a column is added here rather than in a new V0_x that existing databases would refuse as out of order.
ALTER TABLE idempotency_record ADD COLUMN IF NOT EXISTS work_committed BOOLEAN NOT NULL DEFAULT false;
