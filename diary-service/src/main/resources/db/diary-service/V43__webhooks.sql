-- I1, docs/adr/0027: webhook subscriptions of apps (who subscribed, through which client, what they may read), and the
-- delivery log the app reads; pending deliveries wait here with their next attempt, so retries survive a restart.
CREATE TABLE webhook_subscription
(
  id                   UUID PRIMARY KEY,
  client_id            TEXT        NOT NULL,
  subject              TEXT        NOT NULL,
  person_id            UUID,
  roles                TEXT        NOT NULL,
  school_ids           UUID[]      NOT NULL,
  url                  TEXT        NOT NULL,
  -- the HMAC key: the receiver holds the same one, so it cannot be a hash; given to the app once, at subscription
  secret               TEXT        NOT NULL,
  families             TEXT[]      NOT NULL,
  status               TEXT        NOT NULL CHECK (status IN ('active', 'disabled')),
  consecutive_failures INT         NOT NULL DEFAULT 0,
  disabled_at          TIMESTAMPTZ,
  -- the change log position up to which the app has been told (docs/adr/0027)
  tx                   XID8        NOT NULL,
  seq                  BIGINT      NOT NULL,
  created_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (client_id, subject);

CREATE TABLE webhook_delivery
(
  id              UUID PRIMARY KEY,
  seq             BIGSERIAL   NOT NULL UNIQUE,
  subscription_id UUID        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
  kind            TEXT        NOT NULL CHECK (kind IN ('changes', 'ping')),
  payload         TEXT        NOT NULL,
  status          TEXT        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ,
  last_attempt_at TIMESTAMPTZ,
  last_status     INT,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, seq);
