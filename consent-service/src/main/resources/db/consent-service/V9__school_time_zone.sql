-- The school's time zone from identity.school.registered: "today" for its people is the school's day.
ALTER TABLE known_school ADD COLUMN time_zone TEXT;
