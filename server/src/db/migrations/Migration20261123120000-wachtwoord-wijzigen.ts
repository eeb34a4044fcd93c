import { Migration } from '@mikro-orm/migrations';

/** A user made by a beheerder must choose an own password before anything else: the first one was seen by someone else. */
export class Migration20261123120000WachtwoordWijzigen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "gebruiker" add column "wachtwoord_wijzigen" boolean not null default false;`);
  }
}
