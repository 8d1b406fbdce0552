-- Databases of the eJD services: one database per service, owned by its own role.
-- A service never reads another service's database, so no role may connect to
-- a database other than its own.
--
-- Local and test stacks only: the password 'ejd' matches the default of
-- EJD_DB_PASSWORD in docker-compose.yml (change both together). Production
-- creates these roles with real secrets from its secret store.

CREATE ROLE "identity" LOGIN PASSWORD 'ejd';
CREATE DATABASE "identity" OWNER "identity";
REVOKE ALL ON DATABASE "identity" FROM PUBLIC;

CREATE ROLE "journal" LOGIN PASSWORD 'ejd';
CREATE DATABASE "journal" OWNER "journal";
REVOKE ALL ON DATABASE "journal" FROM PUBLIC;

CREATE ROLE "diary" LOGIN PASSWORD 'ejd';
CREATE DATABASE "diary" OWNER "diary";
REVOKE ALL ON DATABASE "diary" FROM PUBLIC;

CREATE ROLE "consent" LOGIN PASSWORD 'ejd';
CREATE DATABASE "consent" OWNER "consent";
REVOKE ALL ON DATABASE "consent" FROM PUBLIC;

CREATE ROLE "notification" LOGIN PASSWORD 'ejd';
CREATE DATABASE "notification" OWNER "notification";
REVOKE ALL ON DATABASE "notification" FROM PUBLIC;
