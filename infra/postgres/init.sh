#!/usr/bin/env bash
# Databases of the eJD services and of Keycloak: one database per service, owned by its own role, whose
# password is EJD_DB_PASSWORD (Keycloak's: EJD_KEYCLOAK_DB_PASSWORD) (from the environment; compose refuses to start without it). A service never
# reads another service's database, so no role may connect to a database other than its own.
# Run once by the postgres image's entrypoint on an empty data directory.
set -euo pipefail
: "${EJD_DB_PASSWORD:?set EJD_DB_PASSWORD: the services' database password has no default}"
: "${EJD_KEYCLOAK_DB_PASSWORD:?set EJD_KEYCLOAK_DB_PASSWORD: Keycloak's database password has no default}"
for service in identity journal diary consent notification oneroster; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres --set=pw="$EJD_DB_PASSWORD" <<SQL
CREATE ROLE "$service" LOGIN PASSWORD :'pw';
CREATE DATABASE "$service" OWNER "$service";
REVOKE ALL ON DATABASE "$service" FROM PUBLIC;
SQL
done
# Keycloak's accounts, sessions and keys live in a database of their own (production mode), with its own password
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres --set=pw="$EJD_KEYCLOAK_DB_PASSWORD" <<SQL
CREATE ROLE keycloak LOGIN PASSWORD :'pw';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
