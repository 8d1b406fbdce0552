-- docs/adr/0047: a region operator may reopen a closed school year, giving a reason. The closed year's row (with its
-- archive and SHA-256, as they were) moves here, so who closed it, who reopened it, when and why stay on record;
-- the table is append-only. Closing the year again writes a new archive.
CREATE TABLE reopened_year
(
  id             BIGSERIAL PRIMARY KEY,
  school_id      UUID        NOT NULL,
  academic_year  TEXT        NOT NULL,
  first_day      DATE        NOT NULL,
  last_day       DATE        NOT NULL,
  closed_at      TIMESTAMPTZ NOT NULL,
  closed_by      UUID        NOT NULL,
  archive        BYTEA       NOT NULL,
  archive_sha256 TEXT        NOT NULL,
  reopened_at    TIMESTAMPTZ NOT NULL,
  reopened_by    UUID        NOT NULL,
  reopened_via   TEXT,
  reason         TEXT        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000)
);
CREATE INDEX reopened_year_school_idx ON reopened_year (school_id, academic_year);
CREATE RULE reopened_year_no_update AS ON UPDATE TO reopened_year DO INSTEAD NOTHING;
CREATE RULE reopened_year_no_delete AS ON DELETE TO reopened_year DO INSTEAD NOTHING;
