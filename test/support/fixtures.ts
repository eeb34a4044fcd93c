import type { Orm } from '../../server/src/db/orm.js';
import { emAlsSysteem } from '../../server/src/modules/tenancy/database-principaal.js';
import { gebruikerPrincipal } from '../../server/src/modules/auth/auth.service.js';
import { Gebruiker } from '../../server/src/modules/auth/gebruiker.entity.js';
import type { AanbiederPrincipal, GemeentePrincipal } from '../../server/src/modules/auth/principal.js';
import type { Rol } from '../../server/src/modules/auth/rol.js';
import { eersteGeldigeBsnVanaf } from '../../server/src/modules/inburgeraar/bsn.js';
import { Inburgeraar } from '../../server/src/modules/inburgeraar/inburgeraar.entity.js';
import { Aanbieder } from '../../server/src/modules/organisatie/aanbieder.entity.js';
import { Contract } from '../../server/src/modules/organisatie/contract.entity.js';
import { Gemeente } from '../../server/src/modules/organisatie/gemeente.entity.js';
import { Traject } from '../../server/src/modules/traject/traject.entity.js';

let teller = 0;
function uniek(): number {
  return ++teller;
}

/**
 * A small world with fixed dates: two gemeenten, two aanbieders, contracts, people and trajecten. Written by the owner
 * under its `inrichting` principal, as the demo data is: row-level security gives the portal role no way to write
 * for every tenant at once. Tests then act as a principal (`emAls`) like the portal does.
 */
export async function maakWereld(eigenaar: Orm) {
  const em = emAlsSysteem(eigenaar.em, 'inrichting');
  const n = uniek();
  const gemeenteA = em.create(Gemeente, { naam: `Gemeente A${n}`, gemeentecode: String(1000 + n).slice(-4) });
  const gemeenteB = em.create(Gemeente, { naam: `Gemeente B${n}`, gemeentecode: String(5000 + n).slice(-4) });
  const school = em.create(Aanbieder, { naam: `Taalschool ${n}`, kvkNummer: String(10_000_000 + n) });
  const andereSchool = em.create(Aanbieder, { naam: `Andere school ${n}`, kvkNummer: String(20_000_000 + n) });
  const contractA = em.create(Contract, { gemeente: gemeenteA, aanbieder: school, trajectsoorten: ['B1_ROUTE'], ingangsdatum: '2024-01-01', einddatum: null, datumVerwerkersovereenkomst: '2024-01-01' });
  const contractVerlopen = em.create(Contract, { gemeente: gemeenteB, aanbieder: school, trajectsoorten: ['B1_ROUTE'], ingangsdatum: '2024-01-01', einddatum: '2024-12-31', datumVerwerkersovereenkomst: '2024-01-01' });
  const contractAnder = em.create(Contract, { gemeente: gemeenteA, aanbieder: andereSchool, trajectsoorten: ['B1_ROUTE'], ingangsdatum: '2024-01-01', einddatum: null, datumVerwerkersovereenkomst: '2024-01-01' });

  const persoon = (gemeente: Gemeente, voornamen: string, achternaam: string, bsn: string) =>
    em.create(Inburgeraar, { gemeente, bsn, voornamen, achternaam, tussenvoegsel: null, geboortedatum: '1990-05-01', email: null, telefoon: null });
  const traject = (persoonArg: Inburgeraar, gemeente: Gemeente, aanbieder: Aanbieder, contract: Contract, status: 'ACTIEF' | 'AFGEROND' = 'ACTIEF') =>
    em.create(Traject, { inburgeraar: persoonArg, gemeente, aanbieder, contract, soort: 'B1_ROUTE', cursusnaam: 'B1 intensief', geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status });

  // Distinct valid BSNs per world: 9999 + 5 digits, made valid by the elfproef below.
  const bsn = (i: number) => eersteGeldigeBsnVanaf(999_900_000 + n * 1000 + i * 20);
  const amina = persoon(gemeenteA, 'Amina', 'Haddad', bsn(1));
  const yonas = persoon(gemeenteA, 'Yonas', 'Tesfay', bsn(2));
  const olena = persoon(gemeenteB, 'Olena', 'Kovalenko', bsn(3));
  const farid = persoon(gemeenteA, 'Farid', 'Ahmadi', bsn(4));

  const trajectAmina = traject(amina, gemeenteA, school, contractA);
  const trajectYonasAfgerond = traject(yonas, gemeenteA, school, contractA, 'AFGEROND');
  const trajectOlenaVerlopen = traject(olena, gemeenteB, school, contractVerlopen);
  const trajectFaridAnder = traject(farid, gemeenteA, andereSchool, contractAnder);

  const gebruiker = (email: string, rollen: Rol[], org: { gemeente?: Gemeente; aanbieder?: Aanbieder }) =>
    em.create(Gebruiker, { email: `${n}.${email}`, naam: email, wachtwoordHash: 'x', rollen, actief: true, gemeente: org.gemeente ?? null, aanbieder: org.aanbieder ?? null });
  const schoolGebruiker = gebruiker('school@test', ['MUTEREN'], { aanbieder: school });
  const andereGebruiker = gebruiker('ander@test', ['MUTEREN'], { aanbieder: andereSchool });
  const gemeenteAGebruiker = gebruiker('a@test', ['MUTEREN'], { gemeente: gemeenteA });
  const gemeenteBGebruiker = gebruiker('b@test', ['RAADPLEGEN'], { gemeente: gemeenteB });
  await em.flush();

  return {
    gemeenteA, gemeenteB, school, andereSchool, amina, yonas, olena, farid,
    trajectAmina, trajectYonasAfgerond, trajectOlenaVerlopen, trajectFaridAnder,
    principals: {
      school: gebruikerPrincipal(schoolGebruiker) as AanbiederPrincipal,
      andereSchool: gebruikerPrincipal(andereGebruiker) as AanbiederPrincipal,
      gemeenteA: gebruikerPrincipal(gemeenteAGebruiker) as GemeentePrincipal,
      gemeenteB: gebruikerPrincipal(gemeenteBGebruiker) as GemeentePrincipal,
    },
  };
}
