-- identity.staff.appointed: who holds which roles at a school (the full current set), so that the school's
-- admins can be warned of an application about to be overdue (A4)
CREATE TABLE school_staff
(
  person_id UUID   NOT NULL,
  school_id UUID   NOT NULL,
  roles     TEXT   NOT NULL, -- comma-separated realm roles
  version   BIGINT NOT NULL,
  PRIMARY KEY (person_id, school_id)
);
CREATE INDEX school_staff_school_idx ON school_staff (school_id);
