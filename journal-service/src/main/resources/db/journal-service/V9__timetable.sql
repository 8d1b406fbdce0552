-- D3: weekly templates, holidays, substitutions and reschedules
CREATE TABLE timetable_slot
(
  id             UUID PRIMARY KEY,
  school_id      UUID     NOT NULL,
  class_group_id UUID     NOT NULL REFERENCES class_group (id),
  subject_id     UUID     NOT NULL REFERENCES subject (id),
  teacher_id     UUID     NOT NULL,
  weekday        SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  period_no      SMALLINT NOT NULL CHECK (period_no BETWEEN 1 AND 12),
  valid_from     DATE     NOT NULL,
  valid_to       DATE
);
CREATE INDEX timetable_slot_group_idx ON timetable_slot (class_group_id, weekday);

CREATE TABLE holiday
(
  id         UUID PRIMARY KEY,
  school_id  UUID NOT NULL,
  name       TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date   DATE NOT NULL CHECK (end_date >= start_date)
);
CREATE INDEX holiday_school_idx ON holiday (school_id, start_date);

ALTER TABLE lesson ADD COLUMN substitute_id UUID;
ALTER TABLE lesson ADD COLUMN moved_from_date DATE;
ALTER TABLE lesson ADD COLUMN moved_from_period SMALLINT;
ALTER TABLE lesson ADD COLUMN change_reason TEXT;
