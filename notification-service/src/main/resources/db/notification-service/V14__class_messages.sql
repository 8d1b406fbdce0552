-- D10: the class teacher of a class group (journal.class-teacher.appointed; the latest appointment wins by version)
CREATE TABLE class_leader
(
  class_group_id UUID PRIMARY KEY,
  school_id      UUID   NOT NULL,
  teacher_id     UUID   NOT NULL,
  teacher_name   TEXT,
  version        BIGINT NOT NULL
);
CREATE INDEX class_leader_teacher_idx ON class_leader (teacher_id);

-- a message to all families of a class group: one thread per student (each family answers privately), all its first
-- messages sharing one class_message_id, which the sender's rate limit counts once
ALTER TABLE thread ADD COLUMN class_group_id UUID;
ALTER TABLE thread_message ADD COLUMN class_message_id UUID;
