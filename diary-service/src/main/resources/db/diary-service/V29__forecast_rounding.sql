-- docs/adr/0014: the school's forecast rounding threshold, published with its averaging policy; null: the deployment setting
ALTER TABLE averaging_policy ADD COLUMN round_up_from NUMERIC(3, 2);
