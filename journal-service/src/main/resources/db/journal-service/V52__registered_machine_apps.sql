-- ADR 0065: a school's machine app registered through identity-service (ADR 0052) that holds OneRoster's
-- gradebook.createput / gradebook.delete enters and deletes results for the teacher like a client bound by
-- configuration; the journal keeps its own copy of those apps from identity.apps.v1 (never a call to identity).
-- version: the app's event version, so a late older event never overwrites a newer one.
CREATE TABLE registered_machine_app (
  app_id     UUID PRIMARY KEY,
  client_id  TEXT NOT NULL UNIQUE,
  school_id  UUID NOT NULL,
  scopes     TEXT[] NOT NULL,
  suspended  BOOLEAN NOT NULL DEFAULT FALSE,
  version    BIGINT NOT NULL
);
