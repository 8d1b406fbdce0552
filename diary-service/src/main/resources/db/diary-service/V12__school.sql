-- The schools' time zones, from identity.school.registered: "today" in the diary is the school's day.
CREATE TABLE school
(
  id        UUID PRIMARY KEY,
  time_zone TEXT,
  version   BIGINT NOT NULL
);
