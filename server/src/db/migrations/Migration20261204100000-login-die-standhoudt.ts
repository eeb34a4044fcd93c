import { Migration } from '@mikro-orm/migrations';

/**
 * Login that holds across portal instances. `inlog_drempel` is rate-limiter-flexible's PostgreSQL store, in the exact
 * shape RateLimiterPostgres creates itself (key, points, expire in epoch ms); we create it here and start the limiter
 * with tableCreated: true, so the portal's role needs no DDL. Its keys are SHA-256 hashes of an address or an IP, never
 * the address itself. `laatste_activiteit_op` ends a session after an idle time besides its lifetime; it is written
 * at most once a minute per session, so a request normally writes nothing.
 */
export class Migration20261204100000LoginDieStandhoudt extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "inlog_drempel" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint
    );`);
    this.addSql(`create index "inlog_drempel_expire_idx" on "inlog_drempel" ("expire");`);
    this.addSql(`alter table "sessie" add column "laatste_activiteit_op" timestamptz;`);
    this.addSql(`update "sessie" set "laatste_activiteit_op" = "aangemaakt_op";`);
    this.addSql(`alter table "sessie" alter column "laatste_activiteit_op" set not null;`);
  }
}
