-- The highest sequence version each consumer applied per topic and subject, which bounds a plausible next one (ADR 0059).
CREATE TABLE applied_version
(
  consumer TEXT   NOT NULL,
  topic    TEXT   NOT NULL,
  subject  TEXT   NOT NULL,
  version  BIGINT NOT NULL,
  PRIMARY KEY (consumer, topic, subject)
);
