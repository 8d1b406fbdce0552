-- journal.mark.deleted hides a mark; the row stays as a tombstone so a late, older event cannot revive it
ALTER TABLE diary_mark ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false;
