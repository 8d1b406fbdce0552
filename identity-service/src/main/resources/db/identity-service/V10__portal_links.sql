-- A regional portal account that opens a person's diary account (A6, A7, ADR 0009). Keycloak holds
-- the same link as a federated identity of the user; this table is the record of who linked what,
-- when and how. Ended links stay for the record.
CREATE TABLE portal_link
(
  id                UUID PRIMARY KEY,
  identity_provider TEXT        NOT NULL,
  portal_user_id    TEXT        NOT NULL,
  portal_username   TEXT,
  person_id         UUID        NOT NULL REFERENCES person (id),
  linked_via        TEXT        NOT NULL CHECK (linked_via IN ('SNILS', 'CREDENTIALS')),
  linked_by         TEXT        NOT NULL,
  linked_at         TIMESTAMPTZ NOT NULL,
  ended_at          TIMESTAMPTZ,
  end_reason        TEXT CHECK (end_reason IN ('UNLINKED_BY_PORTAL', 'ACCOUNT_REVOKED')),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE UNIQUE INDEX portal_link_active_portal_user ON portal_link (identity_provider, portal_user_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX portal_link_active_person ON portal_link (identity_provider, person_id) WHERE ended_at IS NULL;
CREATE INDEX portal_link_person_idx ON portal_link (person_id);
