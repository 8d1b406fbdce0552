-- The region of a school, from identity.school.registered: a region operator publishes city events
-- only to the schools of its regions. Schools known before have none until identity republishes
-- them, and take no city event from any operator meanwhile.
ALTER TABLE known_school ADD COLUMN region_code TEXT;
