-- a school's weights of work types, versioned with effective dates (never in the past)
CREATE TABLE averaging_policy
(
  school_id      UUID          NOT NULL,
  version        INT           NOT NULL,
  effective_from DATE          NOT NULL,
  oral           NUMERIC(4, 2) NOT NULL CHECK (oral > 0 AND oral <= 10),
  written        NUMERIC(4, 2) NOT NULL CHECK (written > 0 AND written <= 10),
  test           NUMERIC(4, 2) NOT NULL CHECK (test > 0 AND test <= 10),
  homework       NUMERIC(4, 2) NOT NULL CHECK (homework > 0 AND homework <= 10),
  distance       NUMERIC(4, 2) NOT NULL CHECK (distance > 0 AND distance <= 10),
  lab            NUMERIC(4, 2) NOT NULL CHECK (lab > 0 AND lab <= 10),
  other          NUMERIC(4, 2) NOT NULL CHECK (other > 0 AND other <= 10),
  set_by         UUID          NOT NULL,
  set_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, version)
);

-- a single mark may be left out of the average; the change is part of the mark's history
ALTER TABLE mark ADD COLUMN counted BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE mark_history ADD COLUMN old_counted BOOLEAN;
ALTER TABLE mark_history ADD COLUMN new_counted BOOLEAN;
