-- Seed 000, C3: contacts a regional portal passed with an access application; pending until the person enters the code.
ALTER TABLE contact DROP CONSTRAINT contact_source_check;
ALTER TABLE contact ADD CONSTRAINT contact_source_check CHECK (source IN ('PAPER', 'ELECTRONIC', 'PORTAL'));
