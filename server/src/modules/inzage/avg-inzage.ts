import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import { besluitenVan } from '../besluit/besluit.service.js';
import { laadDossier } from '../inburgeraar/dossier.view.js';
import { DomainError } from '../shared/domain-error.js';
import { DossierFout } from '../inburgeraar/dossier.errors.js';
import { inzagesVan } from './inzage.js';

/** A file for an AVG inzageverzoek: its name and its content (JSON text). */
export interface AvgInzageBestand {
  bestandsnaam: string;
  inhoud: string;
}

/** Keys of the ORM's own bookkeeping and of back-references that would repeat the person inside each row. */
const WEGLATEN = new Set(['inburgeraar', 'traject', 'gemeente', 'aanbieder', 'contract', 'zoeknaam']);

/**
 * Entities (the dossier view's rows) as plain data: a nested entity becomes its id, so the file holds each fact once
 * and no cycle (a period → its person → its periods) can occur.
 */
function plat(waarde: unknown, diepte = 0): unknown {
  if (waarde === null || waarde === undefined) return null;
  if (waarde instanceof Date) return waarde.toISOString();
  if (Array.isArray(waarde)) return waarde.map((w) => plat(w, diepte + 1));
  if (typeof waarde === 'object') {
    if (diepte > 12) return null;
    const uit: Record<string, unknown> = {};
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (sleutel.startsWith('_') || typeof w === 'function') continue;
      if (WEGLATEN.has(sleutel) && w && typeof w === 'object') {
        const id = (w as { id?: unknown }).id;
        if (typeof id === 'string') uit[`${sleutel}Id`] = id;
        continue;
      }
      uit[sleutel] = plat(w, diepte + 1);
    }
    return uit;
  }
  return waarde;
}

/**
 * Everything the portal holds about one of the gemeente's own people (the dossier as the dossier page reads it: person,
 * doelgroepen, PIP versions, term, hours, trajecten with attendance and reports; and the decisions) and every line of
 * their access log. The caller checks the scope and logs the export.
 */
export async function avgInzageBestand(em: EntityManager, gemeente: GemeentePrincipal, inburgeraarId: string, nu: Date): Promise<AvgInzageBestand> {
  const dossier = await laadDossier(em, gemeente, inburgeraarId, { gelezen: false }); // the caller logs the export
  if (!dossier) throw DomainError.van(DossierFout.DOSSIER_ONBEKEND, 'inburgeraarId');
  const [besluiten, inzagelog] = await Promise.all([besluitenVan(em, inburgeraarId), inzagesVan(em, inburgeraarId, null)]);
  const inhoud = {
    soort: 'AVG-inzage (artikel 15 AVG)',
    gemaaktOp: nu.toISOString(),
    gemaaktDoor: { gemeente: gemeente.organisatieNaam, naam: gemeente.naam },
    dossier: plat(dossier),
    besluiten: plat(besluiten),
    inzagelog: plat(inzagelog),
  };
  return { bestandsnaam: `avg-inzage-${inburgeraarId}-${nu.toISOString().slice(0, 10)}.json`, inhoud: JSON.stringify(inhoud, null, 2) };
}
