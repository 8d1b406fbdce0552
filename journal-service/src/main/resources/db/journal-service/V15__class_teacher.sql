-- the class teacher (классный руководитель) of a class group reads all of it
ALTER TABLE class_group ADD COLUMN class_teacher_id UUID;
