CREATE TABLE account
(
  person_id        UUID PRIMARY KEY REFERENCES person (id),
  keycloak_user_id TEXT        NOT NULL UNIQUE,
  username         TEXT        NOT NULL UNIQUE,
  issued_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
