import { Migration20261122000000Foundation } from './Migration20261122000000-foundation.js';
import { Migration20261122100000ReferentiegegevensDossier } from './Migration20261122100000-referentiegegevens-dossier.js';
import { Migration20261122110000Rapportages } from './Migration20261122110000-rapportages.js';
import { Migration20261122120000Besluiten } from './Migration20261122120000-besluiten.js';
import { Migration20261122130000InzageLog } from './Migration20261122130000-inzage-log.js';
import { Migration20261123000000VorigBezoek } from './Migration20261123000000-vorig-bezoek.js';
import { Migration20261123100000BeheerLog } from './Migration20261123100000-beheer-log.js';
import { Migration20261123120000WachtwoordWijzigen } from './Migration20261123120000-wachtwoord-wijzigen.js';
import { Migration20261202090000TrajectEenLopend } from './Migration20261202090000-traject-een-lopend.js';
import { Migration20261203100000AanwezigheidReeksSleutel } from './Migration20261203100000-aanwezigheid-reeks-sleutel.js';
import { Migration20261203110000LezenOpRegioschaal } from './Migration20261203110000-lezen-op-regioschaal.js';
import { Migration20261203111000ActieveDossiers } from './Migration20261203111000-actieve-dossiers.js';
import { Migration20261203120000AanbiederReferentie } from './Migration20261203120000-aanbieder-referentie.js';
import { Migration20261203130000JobQueue } from './Migration20261203130000-job-queue.js';
import { Migration20261203130100AanwezigheidUpload } from './Migration20261203130100-aanwezigheid-upload.js';
import { Migration20261204100000LoginDieStandhoudt } from './Migration20261204100000-login-die-standhoudt.js';
import { Migration20261204300000DatabaseRollen } from './Migration20261204300000-database-rollen.js';
import { Migration20261204300100AlleenToevoegen } from './Migration20261204300100-alleen-toevoegen.js';
import { Migration20261204400000UrenTotalenPerTraject } from './Migration20261204400000-uren-totalen-per-traject.js';
import { Migration20261204500000EindeInburgeringsplicht } from './Migration20261204500000-einde-inburgeringsplicht.js';
import { Migration20261204500100Retentie } from './Migration20261204500100-retentie.js';
import { Migration20261204600000InzageVerzoekWeigering } from './Migration20261204600000-inzage-verzoek-weigering.js';

/** Every migration, in order. A new migration is added here and never edited once committed. */
export const MIGRATIONS = [
  { name: 'Migration20261122000000-foundation', class: Migration20261122000000Foundation },
  { name: 'Migration20261122100000-referentiegegevens-dossier', class: Migration20261122100000ReferentiegegevensDossier },
  { name: 'Migration20261122110000-rapportages', class: Migration20261122110000Rapportages },
  { name: 'Migration20261122120000-besluiten', class: Migration20261122120000Besluiten },
  { name: 'Migration20261122130000-inzage-log', class: Migration20261122130000InzageLog },
  { name: 'Migration20261123000000-vorig-bezoek', class: Migration20261123000000VorigBezoek },
  { name: 'Migration20261123100000-beheer-log', class: Migration20261123100000BeheerLog },
  { name: 'Migration20261123120000-wachtwoord-wijzigen', class: Migration20261123120000WachtwoordWijzigen },
  { name: 'Migration20261202090000-traject-een-lopend', class: Migration20261202090000TrajectEenLopend },
  { name: 'Migration20261203100000-aanwezigheid-reeks-sleutel', class: Migration20261203100000AanwezigheidReeksSleutel },
  { name: 'Migration20261203110000-lezen-op-regioschaal', class: Migration20261203110000LezenOpRegioschaal },
  { name: 'Migration20261203111000-actieve-dossiers', class: Migration20261203111000ActieveDossiers },
  { name: 'Migration20261203120000-aanbieder-referentie', class: Migration20261203120000AanbiederReferentie },
  { name: 'Migration20261203130000-job-queue', class: Migration20261203130000JobQueue },
  { name: 'Migration20261203130100-aanwezigheid-upload', class: Migration20261203130100AanwezigheidUpload },
  { name: 'Migration20261204100000-login-die-standhoudt', class: Migration20261204100000LoginDieStandhoudt },
  { name: 'Migration20261204300000-database-rollen', class: Migration20261204300000DatabaseRollen },
  { name: 'Migration20261204300100-alleen-toevoegen', class: Migration20261204300100AlleenToevoegen },
  { name: 'Migration20261204400000-uren-totalen-per-traject', class: Migration20261204400000UrenTotalenPerTraject },
  { name: 'Migration20261204500000-einde-inburgeringsplicht', class: Migration20261204500000EindeInburgeringsplicht },
  { name: 'Migration20261204500100-retentie', class: Migration20261204500100Retentie },
  { name: 'Migration20261204600000-inzage-verzoek-weigering', class: Migration20261204600000InzageVerzoekWeigering },
];
