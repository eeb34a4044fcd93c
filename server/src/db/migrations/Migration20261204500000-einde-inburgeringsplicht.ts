import { Migration } from '@mikro-orm/migrations';

/**
 * The end of the obligation (date and DUO's redenGeenInburgeringsplicht) and a date of death on the dossier, and the
 * day from which Besluit inburgering art. 9.9 has everything but the 50-year fields deleted: five years after the end
 * or the death, whichever came first. `verwijderen_vanaf` is generated, so the dossier page and the retention
 * function read one rule; `retentie_toegepast_op` says the dossier has been cleared (its defaults then mean "erased").
 */
export class Migration20261204500000EindeInburgeringsplicht extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "inburgeraar"
  add column "datum_einde_inburgeringsplicht" date null,
  add column "reden_einde_inburgeringsplicht" text null constraint "inburgeraar_reden_einde_check" check ("reden_einde_inburgeringsplicht" in (
    'VOLLEDIGE_ONTHEFFING', 'VOLLEDIGE_VRIJSTELLING', 'INBURGERINGSPLICHT_VOLDAAN', 'VERBLIJFSDOEL_GEWIJZIGD',
    'VERTREK_UIT_NEDERLAND', 'OVERLIJDEN', 'OVERIG', 'TIJDELIJKE_VRIJSTELLING')),
  add column "overlijdensdatum" date null,
  add column "retentie_toegepast_op" date null,
  add constraint "inburgeraar_einde_compleet_check" check (("datum_einde_inburgeringsplicht" is null) = ("reden_einde_inburgeringsplicht" is null)),
  add column "verwijderen_vanaf" date generated always as
    ((least("datum_einde_inburgeringsplicht", "overlijdensdatum") + interval '5 years')::date) stored;
-- The nightly run asks for the dossiers whose day has come: only ended ones carry a date.
create index "inburgeraar_verwijderen_vanaf_idx" on "inburgeraar" ("verwijderen_vanaf") where "verwijderen_vanaf" is not null;
`);
  }
}
