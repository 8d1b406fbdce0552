-- Issue 15: the ESIA account id (oid) the portal sends with a link; FGIS «Моя школа» asks for a person's schedule by it.
-- One active link per ESIA account and portal, like the portal user id.
ALTER TABLE portal_link ADD COLUMN esia_id TEXT CHECK (esia_id ~ '^[0-9]{1,20}$');
CREATE UNIQUE INDEX portal_link_active_esia ON portal_link (identity_provider, esia_id) WHERE ended_at IS NULL AND esia_id IS NOT NULL;
