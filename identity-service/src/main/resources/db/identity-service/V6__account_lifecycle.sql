-- The credential lifecycle: an account is active or locked; a revoked account moves to
-- revoked_account (the person may get a new one later). The version grows across both, so
-- identity.accounts.v1 consumers can order a person's account events.
ALTER TABLE account
  ADD COLUMN status      TEXT   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'LOCKED')),
  ADD COLUMN opened_via  TEXT   NOT NULL DEFAULT 'DESK' CHECK (opened_via IN ('DESK', 'ACCESS_CODE')),
  ADD COLUMN locked_at   TIMESTAMPTZ,
  ADD COLUMN lock_reason TEXT,
  ADD COLUMN version     BIGINT NOT NULL DEFAULT 1;

CREATE TABLE revoked_account
(
  person_id        UUID        NOT NULL REFERENCES person (id),
  keycloak_user_id TEXT        NOT NULL,
  username         TEXT        NOT NULL,
  issued_at        TIMESTAMPTZ NOT NULL,
  revoked_at       TIMESTAMPTZ NOT NULL,
  revoked_by       TEXT        NOT NULL,
  reason           TEXT,
  version          BIGINT      NOT NULL,
  PRIMARY KEY (person_id, version)
);
