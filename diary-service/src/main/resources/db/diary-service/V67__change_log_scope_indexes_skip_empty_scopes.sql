-- docs/adr/0116: the change log is read through one select per way a row is in a caller's scope (the student's own rows,
-- their class groups' rows, their schools' years, or whole schools), each on its own index. A mark's row names a student
-- and no class group; a lesson's row a class group and no student. Indexing the empty column served no read and cost
-- every logged row one more index entry: a mark logged five secondary entries, now four.
DROP INDEX feed_change_student_idx;
CREATE INDEX feed_change_student_idx ON feed_change (student_id, family, tx, seq) WHERE student_id IS NOT NULL;
DROP INDEX feed_change_class_group_idx;
CREATE INDEX feed_change_class_group_idx ON feed_change (class_group_id, family, tx, seq) WHERE class_group_id IS NOT NULL;
