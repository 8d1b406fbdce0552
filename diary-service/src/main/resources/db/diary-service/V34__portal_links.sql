-- Issue 15: portal accounts linked to diary accounts (identity.account.portal-linked / -unlinked / revoked): a portal
-- client reads its linked users' diaries by its own user id, FGIS «Моя школа» asks for a schedule by the ESIA id.
-- Versioned by the person's account version (the events are keyed by the person); ended links stay inactive.
CREATE TABLE portal_link
(
  client_id      TEXT        NOT NULL,
  portal_user_id TEXT        NOT NULL,
  person_id      UUID        NOT NULL,
  esia_id        TEXT,
  active         BOOLEAN     NOT NULL,
  version        BIGINT      NOT NULL,
  event_time     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (client_id, portal_user_id)
);
CREATE INDEX portal_link_esia_idx ON portal_link (esia_id) WHERE active AND esia_id IS NOT NULL;
CREATE INDEX portal_link_person_idx ON portal_link (person_id);
