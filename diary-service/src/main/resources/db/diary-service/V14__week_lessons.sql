-- The week view (D3): who teaches the lesson, who substitutes, where it moved from, whether it is cancelled;
-- event_time on every row the journal feeds: when the fact happened, for freshness and rebuild checks
ALTER TABLE lesson ADD COLUMN school_id UUID;
ALTER TABLE lesson ADD COLUMN subject_id UUID;
ALTER TABLE lesson ADD COLUMN teacher_id UUID;
ALTER TABLE lesson ADD COLUMN teacher_name TEXT;
ALTER TABLE lesson ADD COLUMN substitute_id UUID;
ALTER TABLE lesson ADD COLUMN substitute_name TEXT;
ALTER TABLE lesson ADD COLUMN moved_from_period SMALLINT;
ALTER TABLE lesson ADD COLUMN change_reason TEXT;
ALTER TABLE lesson ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE lesson ADD COLUMN cancellation_reason TEXT;
ALTER TABLE lesson ADD COLUMN event_time TIMESTAMPTZ;
ALTER TABLE attendance ADD COLUMN event_time TIMESTAMPTZ;
ALTER TABLE enrolment ADD COLUMN event_time TIMESTAMPTZ;
ALTER TABLE class_teacher ADD COLUMN event_time TIMESTAMPTZ;
ALTER TABLE holiday ADD COLUMN event_time TIMESTAMPTZ;
ALTER TABLE school_event ADD COLUMN event_time TIMESTAMPTZ;
CREATE INDEX lesson_homework_due_idx ON lesson (class_group_id, homework_due);
