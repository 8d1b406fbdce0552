-- C1: every consent, refusal and withdrawal, append-only. A withdrawal is a new row; nothing is
-- ever updated or deleted, and the trigger below makes sure of it.
CREATE TABLE consent_record
(
  id            UUID PRIMARY KEY,
  person_id     UUID        NOT NULL, -- whose personal data
  person_kind   TEXT        NOT NULL CHECK (person_kind IN ('STUDENT', 'GUARDIAN')),
  given_by      UUID        NOT NULL, -- who decided
  decision      TEXT        NOT NULL CHECK (decision IN ('GIVEN', 'REFUSED', 'WITHDRAWN')),
  text_version  TEXT        NOT NULL CHECK (text_version ~ '^[A-Za-z0-9._-]{1,32}$'),
  channel       TEXT        NOT NULL CHECK (channel IN ('PAPER', 'PORTAL', 'API')),
  registered_by UUID        NOT NULL, -- who registered it (the school's person for paper)
  recorded_at   TIMESTAMPTZ NOT NULL,
  version       BIGINT      NOT NULL, -- the person's aggregate version after this record
  UNIQUE (person_id, version)
);
CREATE INDEX consent_record_recorded_idx ON consent_record (recorded_at);

CREATE FUNCTION refuse_history_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER consent_record_append_only
  BEFORE UPDATE OR DELETE ON consent_record
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER consent_record_no_truncate
  BEFORE TRUNCATE ON consent_record
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
