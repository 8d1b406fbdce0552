-- The version of each person's consent aggregate; taking the next one locks the person's row.
CREATE TABLE person_version
(
  person_id UUID PRIMARY KEY,
  version   BIGINT NOT NULL
);
