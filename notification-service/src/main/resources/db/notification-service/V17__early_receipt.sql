-- ADR 0088: a provider's delivery receipt that came before the sender wrote down which message its provider id belongs to
-- (an SMSC answers submit_sm and reports delivery on separate paths). It waits here until the SENT rows with that provider
-- id are written, which take it; one that nothing takes is dropped after two days.
CREATE TABLE early_receipt
(
  provider_id TEXT        NOT NULL PRIMARY KEY,
  delivered   BOOLEAN     NOT NULL,
  error       TEXT,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX early_receipt_received_at ON early_receipt (received_at);
