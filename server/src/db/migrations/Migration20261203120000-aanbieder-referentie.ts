import { Migration } from '@mikro-orm/migrations';

/**
 * The school's own reference for a traject (as iWmo's ReferentieAanbieder), so its spreadsheet can name the traject
 * by the number it already uses. Unique among one aanbieder's running trajecten only: an ended traject keeps its
 * reference and the school may give it to a new one. The length check mirrors the service's rule as a last wall.
 */
export class Migration20261203120000AanbiederReferentie extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "traject"
      add column "aanbieder_referentie" text null,
      add constraint "traject_aanbieder_referentie_lengte_check" check (char_length("aanbieder_referentie") between 1 and 40);`);
    this.addSql(`create unique index "traject_aanbieder_referentie_lopend" on "traject" ("aanbieder_id", "aanbieder_referentie")
      where "status" = 'ACTIEF' and "aanbieder_referentie" is not null;`);
  }
}
