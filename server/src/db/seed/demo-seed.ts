import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Aanwezigheid } from '../../modules/aanwezigheid/aanwezigheid.entity.js';
import { Gebruiker } from '../../modules/auth/gebruiker.entity.js';
import { hashWachtwoord } from '../../modules/auth/wachtwoord.js';
import { DoelgroepPeriode } from '../../modules/inburgeraar/doelgroep-periode.entity.js';
import { Inburgeraar } from '../../modules/inburgeraar/inburgeraar.entity.js';
import { PipVersie } from '../../modules/pip/pip-versie.entity.js';
import { Aanbieder } from '../../modules/organisatie/aanbieder.entity.js';
import { Contract } from '../../modules/organisatie/contract.entity.js';
import { Gemeente } from '../../modules/organisatie/gemeente.entity.js';
import type { Trajectsoort } from '../../modules/organisatie/trajectsoort.js';
import { vandaag } from '../../modules/shared/datum.js';
import { emAlsSysteem } from '../../modules/tenancy/database-principaal.js';
import { Traject } from '../../modules/traject/traject.entity.js';
import { DEMO_ACCOUNTS, DEMO_WACHTWOORD } from './demo-accounts.js';
import { DEMO_NAMEN, demoBsn } from './demo-people.js';
import { vulDemoWerk } from './demo-werk.js';

/**
 * Seeds the demo organisations, accounts, people, trajecten and weeks of attendance into an empty database. Setting up
 * a world is no tenant's act: the owner does it under its `inrichting` principal (row-level security gives the portal
 * role no such thing). The work waiting in it is then done through the services, as the portal role and its users.
 */
export async function seedDemo(orm: MikroORM, eigenaar: MikroORM): Promise<boolean> {
  const em = emAlsSysteem(eigenaar.em, 'inrichting');
  if ((await em.count(Gemeente, {})) > 0) return false;
  await em.transactional((tem) => vulDemo(tem));
  await vulDemoWerk(orm.em.fork());
  return true;
}

/** When the school sent a week: usually the Tuesday after, one week in eight a fortnight late (never in the future). */
function gemeldOp(periodeTot: string, random: () => number): Date {
  const moment = new Date(`${addDays(periodeTot, random() < 0.125 ? 14 : 2)}T10:00:00+01:00`);
  return moment.getTime() < Date.now() ? moment : new Date();
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function maandagVan(iso: string): string {
  const dag = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((dag + 6) % 7));
}

/** Small deterministic PRNG (mulberry32), so the demo is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function vulDemo(em: EntityManager) {
  const random = prng(2021);
  const today = vandaag();
  const dezeWeek = maandagVan(today);
  const start = addDays(dezeWeek, -8 * 7);
  const contractStart = addDays(today, -365);

  const utrecht = em.create(Gemeente, { naam: 'Utrecht', gemeentecode: '0344' });
  const amersfoort = em.create(Gemeente, { naam: 'Amersfoort', gemeentecode: '0307' });
  const taalhuis = em.create(Aanbieder, { naam: 'Taalhuis Midden', kvkNummer: '90000011' });
  const werkpad = em.create(Aanbieder, { naam: 'Werkpad MAP', kvkNummer: '90000022' });
  const kompas = em.create(Aanbieder, { naam: 'Kompas PVT', kvkNummer: '90000033' });
  const organisaties = { utrecht, amersfoort, taalhuis, werkpad, kompas };

  const contract = (gemeente: Gemeente, aanbieder: Aanbieder, trajectsoorten: Trajectsoort[]) =>
    em.create(Contract, { gemeente, aanbieder, trajectsoorten, ingangsdatum: contractStart, einddatum: null, datumVerwerkersovereenkomst: contractStart });
  const taalUtrecht = contract(utrecht, taalhuis, ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE', 'Z_ROUTE_PARTICIPATIE']);
  const taalAmersfoort = contract(amersfoort, taalhuis, ['B1_ROUTE', 'Z_ROUTE']);
  const mapUtrecht = contract(utrecht, werkpad, ['MAP']);
  const pvtUtrecht = contract(utrecht, kompas, ['PVT']);

  const gebruikers = new Map<string, Gebruiker>();
  for (const account of DEMO_ACCOUNTS) {
    const organisatie = organisaties[account.organisatie];
    const isGemeente = account.organisatie === 'utrecht' || account.organisatie === 'amersfoort';
    gebruikers.set(account.email, em.create(Gebruiker, {
      email: account.email, naam: account.naam, rollen: account.rollen, actief: true,
      wachtwoordHash: await hashWachtwoord(DEMO_WACHTWOORD),
      gemeente: isGemeente ? (organisatie as Gemeente) : null,
      aanbieder: isGemeente ? null : (organisatie as Aanbieder),
    }));
  }
  await em.flush(); // users exist before rows that name them by id (no ORM relation to order the inserts by)
  const taalschool = gebruikers.get(DEMO_ACCOUNTS.find((a) => a.organisatie === 'taalhuis')!.email)!;
  const regisseurVan = { utrecht: gebruikers.get('regisseur@utrecht.demo')!, amersfoort: gebruikers.get('regisseur@amersfoort.demo')! };
  const straten = ['Kanaalstraat', 'Amsterdamsestraatweg', 'Overvecht 12', 'Leidseweg', 'Vleutenseweg', 'Kruiskamp', 'Soesterkwartier'];

  const ingediendOp = new Date();
  /** MAP and PVT report presence too: whole weeks from their start up to last week, all attended. */
  const meldWeken = (traject: Traject, vanaf: string, uren: number, door: Gebruiker) => {
    for (let van = vanaf; addDays(van, 6) < vandaag(); van = addDays(van, 7)) {
      em.create(Aanwezigheid, {
        traject, periodeVan: van, periodeTot: addDays(van, 6), versie: 1, urenIngeroosterd: uren, urenAanwezig: uren,
        urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null, urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null,
        ingediendDoorGebruiker: door.id, ingediendDoorToken: null, ingediendOp: gemeldOp(addDays(van, 6), random), vervangenOp: null,
      });
    }
  };
  DEMO_NAMEN.forEach(([voornamen, tussenvoegsel, achternaam], i) => {
    const inUtrecht = i % 3 !== 2;
    const gemeente = inUtrecht ? utrecht : amersfoort;
    const persoon = em.create(Inburgeraar, {
      gemeente, bsn: demoBsn(i), voornamen, tussenvoegsel, achternaam,
      geboortedatum: `${1970 + Math.floor(random() * 35)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      email: `${voornamen.toLowerCase()}.${achternaam.toLowerCase()}@voorbeeld.invalid`,
      telefoon: `06-${String(10_000_000 + Math.floor(random() * 89_999_999))}`,
      geslacht: i % 2 === 0 ? 'VROUW' : 'MAN',
      straat: straten[i % straten.length]!.replace(/ \d+$/, ''), huisnummer: String(1 + Math.floor(random() * 180)),
      postcode: `${inUtrecht ? 35 : 38}${10 + (i % 89)}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + (i % 24))}`,
      woonplaats: gemeente.naam, regime: 'WI2021',
      begindatumInburgeringsplicht: addDays(start, -120), datumVestiging: addDays(start, -90),
      lbtResultaat: i % 5 === 4 ? 'B1_ROUTE_NIET_HAALBAAR' : 'B1_ROUTE_HAALBAAR', lbtDatumAfname: addDays(start, -70),
      rechtMaatschappelijkeBegeleiding: true, startMaatschappelijkeBegeleiding: addDays(start, -85),
      startOntzorgen: addDays(start, -85), eindeOntzorgen: null,
      opleidingsniveau: (['BASISONDERWIJS', 'VOORTGEZET_ONDERWIJS', 'MBO', 'HBO_WO', 'GEEN'] as const)[i % 5],
      alfabetisering: i % 5 === 4 ? 'AA' : 'NVT', status: 'ACTIEF',
    });
    em.create(DoelgroepPeriode, { inburgeraar: persoon, doelgroep: 'ASIELSTATUSHOUDER', begindatum: addDays(start, -120), einddatum: null });
    const leerroute = i % 5 === 4 ? 'Z' : i % 7 === 6 && inUtrecht ? 'O' : 'B';
    em.create(PipVersie, {
      inburgeraar: persoon, gemeente, versie: 1, dagtekeningPip: addDays(start, -60), leerroute,
      niveau: leerroute === 'Z' ? null : 'B1', geschatteIntensiteitB1Route: leerroute === 'B' ? 600 : null,
      indicatorAlfabetiseringsonderwijs: i % 5 === 4 ? 'AA' : 'NVT', datumInburgeringsaanbod: addDays(start, -30),
      redenLateStart: null, eenzijdigVastgesteld: false, wijzigingsreden: null,
      vastgesteldDoor: regisseurVan[inUtrecht ? 'utrecht' : 'amersfoort'].id, vastgesteldOp: ingediendOp,
    });
    const soort: Trajectsoort = leerroute === 'Z' ? 'Z_ROUTE' : leerroute === 'O' ? 'ONDERWIJSROUTE' : 'B1_ROUTE';
    const taalContract = inUtrecht ? taalUtrecht : taalAmersfoort;
    const taal = em.create(Traject, {
      inburgeraar: persoon, gemeente, aanbieder: taalhuis, contract: taalContract, soort,
      onderdelen: soort === 'Z_ROUTE' ? ['LEZEN', 'LUISTEREN', 'SPREKEN', 'KNM', 'ALFABETISERING'] : ['LEZEN', 'LUISTEREN', 'SCHRIJVEN', 'SPREKEN', 'KNM'],
      cursusnaam: soort === 'Z_ROUTE' ? 'Z-route Nederlands en participatie' : soort === 'ONDERWIJSROUTE' ? 'Taalschakeltraject' : 'Nederlands B1 intensief',
      geplandeStart: start, geplandeEinde: addDays(start, 18 * 30), geplandeUren: soort === 'Z_ROUTE' ? 800 : 600, status: 'ACTIEF',
    });
    // Weekly attendance up to last week; every third person's last week is still missing (a report due).
    const weken = i % 3 === 0 ? 7 : 8;
    for (let w = 0; w < weken; w++) {
      const van = addDays(start, w * 7);
      const geoorloofd = random() < 0.2 ? 3 : 0;
      const ongeoorloofd = random() < 0.1 ? 1.5 : 0;
      em.create(Aanwezigheid, {
        traject: taal, periodeVan: van, periodeTot: addDays(van, 6), versie: 1,
        urenIngeroosterd: 12, urenAanwezig: 12 - geoorloofd - ongeoorloofd,
        urenGeoorloofdVerzuim: geoorloofd, redenGeoorloofdVerzuim: geoorloofd ? (random() < 0.5 ? 'ZIEKTE' : 'AFSPRAAK_INSTANTIE') : null,
        urenOngeoorloofdVerzuim: ongeoorloofd, redenOngeoorloofdVerzuim: ongeoorloofd ? 'ZONDER_BERICHT' : null,
        ingediendDoorGebruiker: taalschool.id, ingediendDoorToken: null, ingediendOp: gemeldOp(addDays(van, 6), random), vervangenOp: null,
      });
    }
    if (inUtrecht && i % 2 === 0) {
      const map = em.create(Traject, { inburgeraar: persoon, gemeente, aanbieder: werkpad, contract: mapUtrecht, soort: 'MAP', cursusnaam: 'MAP Werkfit',
        geplandeStart: addDays(start, 28), geplandeEinde: addDays(start, 28 + 180), geplandeUren: 64, status: 'ACTIEF',
        onderdelen: ['PARTICIPATIE'], uiterlijkeAfrondingsdatum: addDays(start, 28 + 365) });
      meldWeken(map, addDays(start, 28), 4, gebruikers.get('map@werkpad.demo')!);
    }
    if (inUtrecht && i % 4 === 1) {
      const pvt = em.create(Traject, { inburgeraar: persoon, gemeente, aanbieder: kompas, contract: pvtUtrecht, soort: 'PVT', cursusnaam: 'PVT Samen leven in Nederland',
        geplandeStart: addDays(start, 14), geplandeEinde: addDays(start, 14 + 90), geplandeUren: 12, status: 'ACTIEF',
        onderdelen: ['WORKSHOP_KERNWAARDEN'], uiterlijkeAfrondingsdatum: addDays(start, 14 + 365) });
      meldWeken(pvt, addDays(start, 14), 2, gebruikers.get('pvt@kompas.demo')!);
    }
  });
  await em.flush();
}
