-- C3: contacts. The destination is kept (it is delivered to) and never logged; a code only as a
-- salted PBKDF2 hash, cleared once the code is used, replaced or locked.
CREATE TABLE contact
(
  id              UUID PRIMARY KEY,
  person_id       UUID        NOT NULL,
  channel         TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  destination     TEXT        NOT NULL CHECK (length(destination) <= 254),
  source          TEXT        NOT NULL CHECK (source IN ('PAPER', 'ELECTRONIC')),
  status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REPLACED', 'LOCKED')),
  registered_by   UUID        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  verified_at     TIMESTAMPTZ,
  code_hash       BYTEA,
  code_salt       BYTEA,
  code_expires_at TIMESTAMPTZ,
  failed_attempts INT         NOT NULL DEFAULT 0
);
CREATE INDEX contact_person_idx ON contact (person_id, created_at);
-- one usable contact per person and channel
CREATE UNIQUE INDEX contact_one_verified_idx ON contact (person_id, channel) WHERE status = 'VERIFIED';
