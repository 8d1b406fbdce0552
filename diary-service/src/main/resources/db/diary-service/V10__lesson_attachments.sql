-- homework files of a lesson: names, types, sizes and signed download paths from the journal
ALTER TABLE lesson ADD COLUMN attachments JSONB;
