-- Personal access codes issued for applications (A3, A4). The secret part is stored only as a
-- salted PBKDF2 hash; the handle is the code's public half, used to find it. "Expired" is derived.
CREATE TABLE access_code
(
  id              UUID PRIMARY KEY,
  application_id  UUID        NOT NULL REFERENCES access_application (id),
  person_id       UUID        NOT NULL REFERENCES person (id),
  handle          TEXT        NOT NULL UNIQUE CHECK (handle ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
  secret_hash     TEXT        NOT NULL CHECK (secret_hash LIKE 'pbkdf2-sha256$%'),
  issued_at       TIMESTAMPTZ NOT NULL,
  issued_by       TEXT        NOT NULL,
  expires_at      TIMESTAMPTZ NOT NULL CHECK (expires_at > issued_at),
  failed_attempts INT         NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  status          TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'REDEEMED', 'LOCKED', 'REPLACED')),
  redeemed_at     TIMESTAMPTZ CHECK ((status = 'REDEEMED') = (redeemed_at IS NOT NULL))
);
-- at most one usable code per application
CREATE UNIQUE INDEX access_code_one_active_idx ON access_code (application_id) WHERE status = 'ACTIVE';
