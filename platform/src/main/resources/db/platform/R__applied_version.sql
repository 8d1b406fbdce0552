-- The highest sequence version each consumer applied per topic and subject, which bounds a plausible next one (ADR 0059).
-- Repeatable and idempotent, as R__read_audit.sql (ADR 0062): a versioned V0_4 would sort before the migrations a running
-- database has applied, and Flyway would refuse to start on it.
CREATE TABLE IF NOT EXISTS applied_version
(
  consumer TEXT   NOT NULL,
  topic    TEXT   NOT NULL,
  subject  TEXT   NOT NULL,
  version  BIGINT NOT NULL,
  PRIMARY KEY (consumer, topic, subject)
);
