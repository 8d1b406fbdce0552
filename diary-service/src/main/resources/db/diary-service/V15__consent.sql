-- C1, C2 from consent.records.v1: the latest state per person and kind (highest aggregate version wins)
CREATE TABLE consent_state
(
  person_id          UUID        PRIMARY KEY,
  status             TEXT        NOT NULL,
  processing_allowed BOOLEAN     NOT NULL,
  since              TIMESTAMPTZ,
  version            BIGINT      NOT NULL,
  event_time         TIMESTAMPTZ NOT NULL
);

-- the recipient's delivery form: no row means electronic
CREATE TABLE delivery_form
(
  person_id                UUID        PRIMARY KEY,
  form                     TEXT        NOT NULL,
  weekly_printed_statement BOOLEAN     NOT NULL,
  changed_at               TIMESTAMPTZ NOT NULL,
  version                  BIGINT      NOT NULL,
  event_time               TIMESTAMPTZ NOT NULL
);
