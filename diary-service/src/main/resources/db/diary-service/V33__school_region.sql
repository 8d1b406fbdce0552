-- D12: the region operator's overdue report lists the complaints of their regions' schools (identity.school.registered's regionCode)
ALTER TABLE school ADD COLUMN region_code TEXT;
CREATE INDEX school_region_idx ON school (region_code);
