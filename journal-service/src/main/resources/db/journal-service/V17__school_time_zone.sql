-- The school's own time zone (an IANA id), from identity.school.registered: "today" and every
-- deadline of the school are its own date there. Schools known before have none until identity
-- republishes them, and meanwhile live in the configured default zone (ejd.time.default-zone).
ALTER TABLE known_school ADD COLUMN time_zone TEXT;
