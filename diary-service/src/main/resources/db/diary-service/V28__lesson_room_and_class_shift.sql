-- D3: where a lesson is held (journal.lesson.recorded's room), and the shift each class group studies in
-- (journal.class-shift.set): the week view takes the bells of that shift; a class group without a row is in shift 1
ALTER TABLE lesson ADD COLUMN room TEXT;
CREATE TABLE class_shift
(
  class_group_id UUID PRIMARY KEY,
  school_id      UUID        NOT NULL,
  shift          SMALLINT    NOT NULL,
  version        BIGINT      NOT NULL,
  event_time     TIMESTAMPTZ NOT NULL
);
