-- The region of each school, from identity.school.registered: a region operator reads and audits
-- only the people and schools of its regions.
CREATE TABLE known_school
(
  id          UUID PRIMARY KEY,
  region_code TEXT   NOT NULL,
  version     BIGINT NOT NULL
);
