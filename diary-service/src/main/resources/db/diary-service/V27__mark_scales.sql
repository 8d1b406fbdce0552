-- J13: which mark scales each school uses (journal.mark-scales.changed); no row means all
CREATE TABLE school_mark_scales
(
  school_id  UUID PRIMARY KEY,
  version    INT     NOT NULL,
  five_point BOOLEAN NOT NULL,
  pass_fail  BOOLEAN NOT NULL,
  notes      BOOLEAN NOT NULL
);
