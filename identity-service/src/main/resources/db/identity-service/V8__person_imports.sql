CREATE TABLE person_import
(
  id          UUID PRIMARY KEY,
  school_id   UUID        NOT NULL REFERENCES school (id),
  caller      TEXT        NOT NULL,
  started_at  TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  rows        INT         NOT NULL,
  status      TEXT        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'REJECTED', 'FAILED')),
  rejected    INT         NOT NULL DEFAULT 0,
  students    INT         NOT NULL DEFAULT 0,
  guardians   INT         NOT NULL DEFAULT 0,
  links       INT         NOT NULL DEFAULT 0
);
CREATE INDEX person_import_school_idx ON person_import (school_id);
