-- notification.contact.bounced: a verified contact that failed for good is not used until given anew.
ALTER TABLE contact DROP CONSTRAINT contact_status_check;
ALTER TABLE contact ADD CONSTRAINT contact_status_check CHECK (status IN ('PENDING', 'VERIFIED', 'REPLACED', 'LOCKED', 'BOUNCED'));
