-- Who may be told what: notification-service's projection of identity.* and consent.* events
-- (versioned upserts; a late or repeated event never overwrites a newer state).
CREATE TABLE known_school
(
  id        UUID PRIMARY KEY,
  time_zone TEXT,
  version   BIGINT NOT NULL
);

CREATE TABLE person
(
  id         UUID PRIMARY KEY,
  kind       TEXT   NOT NULL CHECK (kind IN ('STUDENT', 'GUARDIAN')),
  school_id  UUID,  -- a student's school; for a guardian, the school that registered them
  first_name TEXT   NOT NULL, -- a message names the child by first name
  birth_date DATE,  -- students only: an adult student is told themselves
  version    BIGINT NOT NULL
);

-- platform Representations: the start and the end as they came, and what RepresentationTerm makes of them
CREATE TABLE representation
(
  id          UUID PRIMARY KEY,
  guardian_id UUID   NOT NULL,
  student_id  UUID   NOT NULL,
  valid_from  DATE,
  valid_to    DATE,
  ended_on    DATE,
  active_from DATE,
  active_to   DATE,
  version     BIGINT NOT NULL
);
CREATE INDEX representation_student_idx ON representation (student_id);

-- consent.consent.recorded: the latest state of the person whose data it is (C1, C5)
CREATE TABLE consent_state
(
  person_id          UUID PRIMARY KEY,
  processing_allowed BOOLEAN NOT NULL,
  version            BIGINT  NOT NULL
);

-- consent.delivery-form.changed: paper means no email or SMS (C2)
CREATE TABLE delivery_form
(
  person_id UUID PRIMARY KEY,
  form      TEXT   NOT NULL,
  version   BIGINT NOT NULL
);

-- consent.contact.verified: the one usable contact per person and channel (C3); never logged
CREATE TABLE contact
(
  person_id   UUID    NOT NULL,
  channel     TEXT    NOT NULL CHECK (channel IN ('email', 'sms')),
  contact_id  UUID    NOT NULL,
  destination TEXT    NOT NULL,
  masked      TEXT    NOT NULL,
  usable      BOOLEAN NOT NULL, -- false once a permanent failure unverified it here
  version     BIGINT  NOT NULL,
  PRIMARY KEY (person_id, channel)
);

-- consent.preferences.changed: per recipient and student, quiet hours and zone ...
CREATE TABLE preference
(
  person_id   UUID   NOT NULL,
  student_id  UUID   NOT NULL,
  quiet_from  TEXT,
  quiet_to    TEXT,
  time_zone   TEXT   NOT NULL,
  version     BIGINT NOT NULL,
  PRIMARY KEY (person_id, student_id)
);

-- ... and per kind of information its channels and delivery (immediate / digest)
CREATE TABLE preference_kind
(
  person_id  UUID NOT NULL,
  student_id UUID NOT NULL,
  kind       TEXT NOT NULL,
  channels   TEXT NOT NULL, -- comma-separated: app,email,sms
  delivery   TEXT NOT NULL,
  PRIMARY KEY (person_id, student_id, kind)
);

-- The language a person reads (from their verification requests); absent means Russian
CREATE TABLE person_language
(
  person_id UUID PRIMARY KEY,
  language  TEXT NOT NULL
);
