-- C4 (seed 002): a guardian's SNILS is kept only with a written consent. consent-service's consent.consent.recorded, per
-- person: whether processing is allowed now, how the consent was given (paper, portal, api) and when; envelope version
-- for reorder-tolerant upserts. No text, no one who decided: only what the SNILS rule needs.
CREATE TABLE consent_on_file
(
  person_id          UUID PRIMARY KEY,
  processing_allowed BOOLEAN     NOT NULL,
  status             TEXT        NOT NULL CHECK (status IN ('given', 'refused', 'withdrawn')),
  channel            TEXT        NOT NULL CHECK (channel IN ('paper', 'portal', 'api')),
  recorded_at        TIMESTAMPTZ NOT NULL,
  version            BIGINT      NOT NULL
);
