-- a mark the teacher left out of the average (journal's countsInAverage)
ALTER TABLE diary_mark ADD COLUMN counted BOOLEAN NOT NULL DEFAULT true;
