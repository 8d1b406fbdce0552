-- consent.contact.verified: which channels a person can be sent an access code or a temporary password on
-- (the masked form for the answer to the school; never the address itself, which stays with consent and notification)
CREATE TABLE contact_on_file
(
  person_id   UUID        NOT NULL,
  channel     TEXT        NOT NULL CHECK (channel IN ('email', 'sms')),
  contact_id  UUID        NOT NULL,
  masked      TEXT        NOT NULL,
  verified_at TIMESTAMPTZ NOT NULL,
  version     BIGINT      NOT NULL,
  PRIMARY KEY (person_id, channel)
);
