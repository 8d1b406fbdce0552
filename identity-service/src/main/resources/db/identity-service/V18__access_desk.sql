-- A9, A10: where and when a school's desk takes access applications, as its admin sets it, and the school's own
-- text of the application form (null: the default text). Read by the public information page and the printed form.
CREATE TABLE access_desk
(
  school_id  UUID PRIMARY KEY REFERENCES school (id),
  hours      TEXT        NOT NULL CHECK (length(hours) BETWEEN 1 AND 500),
  place      TEXT CHECK (length(place) <= 300),
  phone      TEXT CHECK (length(phone) <= 50),
  email      TEXT CHECK (length(email) <= 254),
  form_text  TEXT CHECK (length(form_text) <= 4000),
  set_at     TIMESTAMPTZ NOT NULL,
  set_by     TEXT        NOT NULL,
  version    BIGINT      NOT NULL
);
