-- The time of the event that last changed the mark (posted, corrected, deleted): freshness and rebuild checks
ALTER TABLE diary_mark ADD COLUMN event_time TIMESTAMPTZ;
CREATE INDEX diary_mark_event_time_idx ON diary_mark (event_time);
