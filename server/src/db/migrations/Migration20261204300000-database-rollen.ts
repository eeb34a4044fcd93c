import { Migration } from '@mikro-orm/migrations';

/**
 * The portal role's grants (issue 11; the roles themselves: db/rollen.ts and README "Database roles"). Migrations run
 * as the owner `portaal_eigenaar`, which owns every table; the portal serves as `portaal_app`, which gets DML only:
 * SELECT, INSERT, UPDATE, DELETE on the tables and USAGE on the sequences, never TRUNCATE, REFERENCES, TRIGGER or
 * MAINTAIN, and no CREATE on a schema. Tables made by later migrations get the same through the owner's default
 * privileges set here (one way: no migration grants by hand); a table that needs less revokes it in its own
 * migration, as the append-only ones do in Migration20261204300100-alleen-toevoegen.
 */
export class Migration20261204300000DatabaseRollen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
do $$ begin
  -- Run as the owner, or the tables of later migrations would belong to someone else and miss their grants.
  if current_user <> 'portaal_eigenaar' then
    raise exception 'migrations run as portaal_eigenaar (MIGRATION_DATABASE_URL), not as %', current_user;
  end if;
end $$;

revoke all on schema public from public;
grant usage on schema public to portaal_app;
revoke all on schema pgboss from public;
grant usage on schema pgboss to portaal_app;

grant select, insert, update, delete on all tables in schema public to portaal_app;
grant usage, select on all sequences in schema public to portaal_app;
alter default privileges for role portaal_eigenaar in schema public grant select, insert, update, delete on tables to portaal_app;
alter default privileges for role portaal_eigenaar in schema public grant usage, select on sequences to portaal_app;

-- pg-boss runs with migrate: false, so DML on its tables is all it needs (its tables come from Migration20261203130000).
grant select, insert, update, delete on all tables in schema pgboss to portaal_app;
grant usage, select on all sequences in schema pgboss to portaal_app;
alter default privileges for role portaal_eigenaar in schema pgboss grant select, insert, update, delete on tables to portaal_app;
alter default privileges for role portaal_eigenaar in schema pgboss grant usage, select on sequences to portaal_app;

-- Which migrations ran is the owner's record; the portal only reads it (/readyz).
revoke insert, update, delete on mikro_orm_migrations from portaal_app;
`);
  }
}
