-- Issue 12, ADR 0043: a regional portal proves who its user is with an assertion it signs (a compact JWS); the region
-- operator of a region the portal serves uploads the portal's public keys here, as a JWK set. No row: the portal links
-- nobody. Private and symmetric keys are refused before they get here.
CREATE TABLE portal_key
(
  client_id TEXT PRIMARY KEY,
  jwks      TEXT        NOT NULL,
  set_at    TIMESTAMPTZ NOT NULL,
  set_by    TEXT        NOT NULL,
  version   BIGINT      NOT NULL
);

-- Each assertion links once: its id (jti) is kept until it expires, a second use is refused as a replay.
CREATE TABLE portal_assertion
(
  client_id  TEXT        NOT NULL,
  jti        TEXT        NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (client_id, jti)
);
CREATE INDEX portal_assertion_expires ON portal_assertion (expires_at);
