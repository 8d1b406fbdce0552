-- D3: where a lesson is held ("214", "Спортзал"); a slot's room goes to the lessons generated from it, a lesson's own wins
ALTER TABLE timetable_slot ADD COLUMN room VARCHAR(32) CHECK (room IS NULL OR length(room) BETWEEN 1 AND 32);
ALTER TABLE lesson ADD COLUMN room VARCHAR(32) CHECK (room IS NULL OR length(room) BETWEEN 1 AND 32);
