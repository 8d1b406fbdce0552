-- seed 003 («предоставление письменного документа… не требуется»): a school's policy under which identity opens an
-- application itself for every registered guardian and student without an account, with the same deadline and letters.
CREATE TABLE access_policy
(
  school_id           UUID PRIMARY KEY REFERENCES school (id),
  without_application BOOLEAN     NOT NULL,
  set_at              TIMESTAMPTZ NOT NULL,
  set_by              TEXT        NOT NULL,
  version             BIGINT      NOT NULL
);
ALTER TABLE access_application ADD COLUMN without_application BOOLEAN NOT NULL DEFAULT false;
