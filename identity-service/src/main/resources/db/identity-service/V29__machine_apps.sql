-- ADR 0052: a registered app is a public front-end (authorization code with PKCE) or a school's machine client (client
-- credentials, a secret eJD shows once and never stores); a machine app has no redirect addresses and belongs to a school
ALTER TABLE registered_app ADD COLUMN kind TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public', 'machine'));
ALTER TABLE registered_app ADD CONSTRAINT registered_app_machine_of_a_school
  CHECK (kind = 'public' OR (school_id IS NOT NULL AND cardinality(redirect_uris) = 0));
