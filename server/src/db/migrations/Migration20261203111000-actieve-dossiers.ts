import { Migration } from '@mikro-orm/migrations';

/**
 * An aanbieder sees only active dossiers: its deelnemers list and count test each of its trajecten's people for
 * that. A partial index on the active ids answers it from the index alone, instead of a read of every dossier row.
 */
export class Migration20261203111000ActieveDossiers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "inburgeraar_actief_idx" on "inburgeraar" ("id") where "status" = 'ACTIEF';`);
  }
}
