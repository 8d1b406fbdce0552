-- Line items OneRoster clients put under their own sourcedIds (PUT lineItems/{sourcedId}, ADR 0042): one piece of work
-- of a class (class group and subject) on a day, of a work type (the category). One line item per piece of work; it
-- takes the place of the line item the facade derives from the journal's marks of that work.
CREATE TABLE client_line_item
(
  sourced_id     TEXT PRIMARY KEY,
  client_id      TEXT        NOT NULL,
  school_id      UUID        NOT NULL,
  class_group_id UUID        NOT NULL,
  subject_id     UUID        NOT NULL,
  work_date      DATE        NOT NULL,
  work_type      TEXT        NOT NULL,
  title          TEXT        NOT NULL,
  description    TEXT,
  modified_at    TIMESTAMPTZ NOT NULL,
  UNIQUE (class_group_id, subject_id, work_date, work_type)
);
CREATE INDEX client_line_item_school_idx ON client_line_item (school_id);
