-- The maintenance notice a region operator sets for front-ends to show (GET /api/status, docs/adr/0038): one row or none.
CREATE TABLE maintenance_notice
(
  id          SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  message_ru  TEXT        NOT NULL,
  message_en  TEXT        NOT NULL,
  starts_at   TIMESTAMPTZ NOT NULL,
  ends_at     TIMESTAMPTZ NOT NULL,
  set_by      TEXT        NOT NULL,
  set_at      TIMESTAMPTZ NOT NULL,
  CHECK (ends_at > starts_at)
);
