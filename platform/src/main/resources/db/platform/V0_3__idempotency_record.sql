-- Idempotency keys: the first answer to a write, replayed when the same caller sends the same key again.
CREATE TABLE idempotency_record
(
  caller          TEXT        NOT NULL,
  idempotency_key TEXT        NOT NULL,
  fingerprint     TEXT        NOT NULL,
  status          INT,
  content_type    TEXT,
  location        TEXT,
  body            BYTEA,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
