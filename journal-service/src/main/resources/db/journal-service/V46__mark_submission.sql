-- a mark given for handed-in homework names the submission (ADR 0044); null for every other mark
ALTER TABLE mark ADD COLUMN submission_id UUID;
