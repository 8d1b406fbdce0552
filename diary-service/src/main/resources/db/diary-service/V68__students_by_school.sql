-- The students of a school, in id order, from an index (issue 13). The weekly forecast reads them school by school, and
-- the forecast and paper-batch jobs find the schools that have students by a skip over it (Family.schoolsWithStudents)
-- every five minutes. Before it each of those reads scanned every student of the region: 1 M rows at scale 1.0.
CREATE INDEX student_school ON student (school_id, id);
