-- A3, seed 004 («направление заявителям персонального кода»): how a school hands over access codes when it does not
-- print the letter: only at the desk, to the applicant's verified email, to their verified mobile number by SMS, or
-- email else SMS. No row: email else SMS (as before the setting existed).
CREATE TABLE code_delivery
(
  school_id UUID PRIMARY KEY REFERENCES school (id),
  channel   TEXT        NOT NULL CHECK (channel IN ('desk', 'email', 'sms', 'email-else-sms')),
  set_at    TIMESTAMPTZ NOT NULL,
  set_by    TEXT        NOT NULL,
  version   BIGINT      NOT NULL
);
