-- C2: each choice of delivery form (a refusal of the electronic form with its free-text reason,
-- or a return to it), append-only like the consent history.
CREATE TABLE delivery_form_record
(
  id            UUID PRIMARY KEY,
  person_id     UUID        NOT NULL,
  form          TEXT        NOT NULL CHECK (form IN ('ELECTRONIC', 'PAPER')),
  reason        TEXT CHECK (length(reason) <= 1000),
  channel       TEXT        NOT NULL CHECK (channel IN ('PAPER', 'PORTAL', 'API')),
  registered_by UUID        NOT NULL,
  recorded_at   TIMESTAMPTZ NOT NULL,
  version       BIGINT      NOT NULL,
  UNIQUE (person_id, version)
);

CREATE TRIGGER delivery_form_record_append_only
  BEFORE UPDATE OR DELETE ON delivery_form_record
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER delivery_form_record_no_truncate
  BEFORE TRUNCATE ON delivery_form_record
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
