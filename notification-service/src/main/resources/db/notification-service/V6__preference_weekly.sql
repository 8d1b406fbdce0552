-- consent.preferences.changed: the weekday of the recipient's weekly digest (null: ejd.notification.weekly-on)
ALTER TABLE preference ADD COLUMN weekly_on TEXT;
