-- D3: a substitute teaches the lesson, or it moved from another day
ALTER TABLE lesson ADD COLUMN substituted BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE lesson ADD COLUMN moved_from_date DATE;
