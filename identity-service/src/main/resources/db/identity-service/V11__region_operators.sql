-- Region operators in the registry (A5: staff, region-operator per region): a staff person without
-- a school, appointed to one or more regions. Their accounts carry the region codes in the token's
-- region_codes claim. The region's first operator is made in Keycloak when the region is set up.
CREATE TABLE region_operator
(
  person_id    UUID        NOT NULL REFERENCES person (id),
  region_code  TEXT        NOT NULL REFERENCES region (code),
  appointed_at TIMESTAMPTZ NOT NULL,
  appointed_by TEXT        NOT NULL,
  PRIMARY KEY (person_id, region_code)
);
CREATE INDEX region_operator_region_idx ON region_operator (region_code);
