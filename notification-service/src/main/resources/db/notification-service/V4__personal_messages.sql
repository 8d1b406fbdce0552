-- Messages to a person about their own access (application received or refused, an access code, a password
-- reset, a portal link) or to a school's admins (an application due tomorrow) are about no student
ALTER TABLE message ALTER COLUMN student_id DROP NOT NULL;
