-- N2: the weekday of a weekly digest (null: the school's day) and the language the recipient reads (null: Russian)
ALTER TABLE preference ADD COLUMN weekly_on TEXT CHECK (weekly_on IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'));
ALTER TABLE preference ADD COLUMN language TEXT CHECK (language IN ('ru', 'en'));
