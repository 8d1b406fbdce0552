-- D11, C2: the weekly printable batch per school and the register of what was printed for whom
CREATE TABLE paper_batch
(
  id         UUID PRIMARY KEY,
  seq        BIGSERIAL   NOT NULL UNIQUE,
  school_id  UUID        NOT NULL,
  week_of    DATE        NOT NULL,
  made_at    TIMESTAMPTZ NOT NULL,
  families   INT         NOT NULL,
  reprint_of UUID REFERENCES paper_batch (id),
  pdf        BYTEA
);
-- one first print per school and week: the catch-up can never make a week twice
CREATE UNIQUE INDEX paper_batch_week_idx ON paper_batch (school_id, week_of) WHERE reprint_of IS NULL;

CREATE TABLE paper_batch_item
(
  batch_id       UUID    NOT NULL REFERENCES paper_batch (id),
  student_id     UUID    NOT NULL,
  recipient_id   UUID    NOT NULL,
  reason         TEXT    NOT NULL,
  page           INT     NOT NULL,
  handed_over_at TIMESTAMPTZ,
  handed_over_by UUID,
  PRIMARY KEY (batch_id, student_id, recipient_id)
);
