-- J13: each change of a school's scales is published with its version (journal.mark-scales.changed)
ALTER TABLE school_mark_scales ADD COLUMN version INT NOT NULL DEFAULT 1;
