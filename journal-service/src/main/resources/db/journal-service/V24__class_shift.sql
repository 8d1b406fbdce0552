-- D3: the shift a class group studies in (its lessons ring by that shift's bells); a class group without a row is in shift 1
CREATE TABLE class_group_shift
(
  class_group_id UUID PRIMARY KEY REFERENCES class_group (id),
  school_id      UUID        NOT NULL,
  shift          SMALLINT    NOT NULL CHECK (shift BETWEEN 1 AND 3),
  version        BIGINT      NOT NULL,
  set_by         UUID        NOT NULL,
  set_at         TIMESTAMPTZ NOT NULL
);
