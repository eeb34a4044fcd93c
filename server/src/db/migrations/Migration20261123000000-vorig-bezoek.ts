import { Migration } from '@mikro-orm/migrations';

/** When a user logged in before this time, so the dashboard can show what changed since the last visit. */
export class Migration20261123000000VorigBezoek extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "gebruiker" add column "laatste_login_op" timestamptz null, add column "vorige_login_op" timestamptz null;
create index "rapportage_ingediend_op_idx" on "rapportage" ("ingediend_op");
create index "aanwezigheid_ingediend_op_idx" on "aanwezigheid" ("ingediend_op");
`);
  }
}
