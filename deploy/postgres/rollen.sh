#!/bin/sh
# The portal's two database roles and its database (README, "Database roles"), as a superuser, once.
# docker-compose mounts this into /docker-entrypoint-initdb.d, so it runs when the postgres volume is first made;
# for another PostgreSQL run it by hand: PGHOST=… PGUSER=<superuser> PORTAAL_EIGENAAR_PASSWORD=… PORTAAL_APP_PASSWORD=… sh rollen.sh
# The grants on tables are not made here: the migrations make them (Migration20261204300000-database-rollen).
set -eu
psql -v ON_ERROR_STOP=1 --dbname "${PGDATABASE:-postgres}" ${POSTGRES_USER:+--username "$POSTGRES_USER"} \
  -v eigenaar_wachtwoord="$PORTAAL_EIGENAAR_PASSWORD" -v app_wachtwoord="$PORTAAL_APP_PASSWORD" <<'SQL'
-- Owns the database, its schemas and tables; runs the migrations (MIGRATION_DATABASE_URL).
create role portaal_eigenaar with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'eigenaar_wachtwoord';
-- Serves the requests (DATABASE_URL): owns nothing, gets DML only from the migrations.
create role portaal_app with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'app_wachtwoord';
-- What the portal role becomes per transaction for a gemeente or an aanbieder (row-level security per kind).
create role portaal_gemeente with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create role portaal_aanbieder with nologin nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
grant portaal_gemeente, portaal_aanbieder to portaal_app;
create database portal owner portaal_eigenaar;
revoke all on database portal from public;
grant connect on database portal to portaal_app;
SQL
