-- A8: third-party and mobile apps a school or a region registered; each is its own Keycloak client (client_id, keycloak_id)
CREATE TABLE registered_app
(
  id            UUID PRIMARY KEY,
  client_id     TEXT        NOT NULL UNIQUE,
  keycloak_id   TEXT        NOT NULL,
  name          TEXT        NOT NULL,
  school_id     UUID REFERENCES school (id),
  region_code   TEXT,
  redirect_uris TEXT[]      NOT NULL,
  scopes        TEXT[]      NOT NULL,
  status        TEXT        NOT NULL CHECK (status IN ('active', 'suspended')),
  registered_by TEXT        NOT NULL,
  registered_at TIMESTAMPTZ NOT NULL,
  version       BIGINT      NOT NULL,
  -- a school's app or a region's, never both
  CHECK ((school_id IS NULL) <> (region_code IS NULL))
);
CREATE INDEX registered_app_school_idx ON registered_app (school_id);
CREATE INDEX registered_app_region_idx ON registered_app (region_code);
