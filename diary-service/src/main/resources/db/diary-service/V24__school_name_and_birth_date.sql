-- D11: a statement's header names the school (from identity.school.registered)
ALTER TABLE school ADD COLUMN name TEXT;

-- 152-FZ art. 14: an adult student exports their own data
ALTER TABLE student ADD COLUMN birth_date DATE;
