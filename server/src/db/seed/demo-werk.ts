import type { EntityManager } from '@mikro-orm/postgresql';
import { gebruikerPrincipal } from '../../modules/auth/auth.service.js';
import { Gebruiker } from '../../modules/auth/gebruiker.entity.js';
import { DossierBeheerService } from '../../modules/inburgeraar/dossier-beheer.service.js';
import type { Rapportagesoort } from '../../modules/rapportage/rapportage.codes.js';
import { RapportageService } from '../../modules/rapportage/rapportage.service.js';
import { plusDagen, vandaag } from '../../modules/shared/datum.js';
import { emAls, emAlsSysteem } from '../../modules/tenancy/database-principaal.js';
import { Traject } from '../../modules/traject/traject.entity.js';
import { demoBsn } from './demo-people.js';

/**
 * Work waiting for the demo regisseur, entered through the same services as the API so every rule applies:
 * a MAP and a PVT result to decide on, a taalschool's advice, and two new residents without a PIP (one overdue).
 * The last deelnemers by name are used, so the first ones in every list stay untouched for the browser journeys.
 * `em` is the portal role's: each step runs as the user who would take it (row-level security included).
 */
export async function vulDemoWerk(em: EntityManager): Promise<void> {
  const nu = vandaag();
  // The demo users by address, as a login finds them (before anyone is known).
  const principal = async (email: string) =>
    gebruikerPrincipal(await emAlsSysteem(em, 'aanmelden').findOneOrFail(Gebruiker, { email }, { populate: ['gemeente', 'aanbieder'] }));
  const regisseur = await principal('regisseur@utrecht.demo');
  const laatsteTraject = async (soort: Traject['soort']) =>
    (await emAls(em, regisseur).findOneOrFail(Traject, { soort, gemeente: { naam: 'Utrecht' } }, { populate: ['inburgeraar'], orderBy: { inburgeraar: { achternaam: 'desc' } } }));
  const meld = async (email: string, soort: Rapportagesoort, traject: Traject, gegevens: Record<string, unknown>) => {
    const aanbieder = await principal(email);
    return new RapportageService(emAls(em, aanbieder)).dienIn(aanbieder, soort, traject.id, gegevens);
  };

  const map = await laatsteTraject('MAP');
  await meld('map@werkpad.demo', 'MAP_RESULTAAT', map, {
    gerealiseerdeStartdatum: map.geplandeStart, aangepasteEinddatum: null, redenLateStart: null,
    resultaat: 'AFGEROND', datumEindgesprekMap: plusDagen(nu, -3), redenNietAfgerond: null,
  });
  const pvt = await laatsteTraject('PVT');
  await meld('pvt@kompas.demo', 'PVT_RESULTAAT', pvt, {
    gerealiseerdeStartdatum: pvt.geplandeStart, gerealiseerdeEinddatum: plusDagen(nu, -2), datumOndertekeningPvt: plusDagen(nu, -2), redenNietVoldaan: null,
  });
  const taal = await laatsteTraject('B1_ROUTE');
  await meld('taalschool@taalhuis.demo', 'VOORTGANG', taal, {
    peildatum: plusDagen(nu, -1), voortgang: 'ACHTER', belemmeringen: ['ZORGTAKEN'], belemmeringToelichting: null,
    examenvoorbereiding: 'NIET_GESTART', toetsresultaten: [{ onderdeel: 'LE', niveau: 'A1', datum: plusDagen(nu, -8) }],
    advies: 'ROUTEWISSEL', adviesGronden: ['TOETSRESULTATEN', 'LEERBAARHEID'], adviesToelichting: 'Na acht weken nog op A1 bij lezen; de Z-route past beter.',
  });

  const nieuwkomers = [['Yusuf', 'Karimi', 11 * 7 + 2], ['Selam', 'Tekle', 3 * 7]] as const;
  for (const [i, [voornamen, achternaam, dagenGeleden]] of nieuwkomers.entries()) {
    await new DossierBeheerService(emAls(em, regisseur)).registreer(regisseur, {
      bsn: demoBsn(900 + i), voornamen, achternaam, geboortedatum: '1995-06-15', doelgroep: 'ASIELSTATUSHOUDER',
      doelgroepBegindatum: plusDagen(nu, -dagenGeleden - 30), datumVestiging: plusDagen(nu, -dagenGeleden), woonplaats: 'Utrecht',
    });
  }
}
