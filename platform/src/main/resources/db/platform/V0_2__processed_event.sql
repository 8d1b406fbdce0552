-- The inbox: which events each consumer has handled, so a redelivery changes nothing.
CREATE TABLE processed_event
(
  consumer     TEXT        NOT NULL,
  event_id     UUID        NOT NULL,
  processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
