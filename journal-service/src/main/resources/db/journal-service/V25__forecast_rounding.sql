-- docs/adr/0014: the school's forecast rounding threshold rides with its averaging policy; null while the school has set none
ALTER TABLE averaging_policy ADD COLUMN round_up_from NUMERIC(3, 2) CHECK (round_up_from BETWEEN 0.50 AND 0.90);
