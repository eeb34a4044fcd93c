import { foutcatalogus } from '../shared/domain-error.js';
import { AlgemeneFout } from '../shared/algemeen.errors.js';

/** A national school submits a week for thousands of people at once; more than this is split by the client. */
export const MAX_RIJEN = 2000;

/** Domain codes of the attendance rules. */
export enum AanwezigheidFout {
  TRAJECT_ONBEKEND = AlgemeneFout.TRAJECT_ONBEKEND,
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
  PERIODE_OMGEKEERD = AlgemeneFout.PERIODE_OMGEKEERD,
  UREN_ONGELDIG = AlgemeneFout.UREN_ONGELDIG,
  REEKS_ONGELDIG = 'REEKS_ONGELDIG',
  PERIODE_TE_LANG = 'PERIODE_TE_LANG',
  /** The period starts after today (veld periodeVan) or ends after today (veld periodeTot): only days that have happened. */
  PERIODE_IN_TOEKOMST = 'PERIODE_IN_TOEKOMST',
  PERIODE_BUITEN_TRAJECT = 'PERIODE_BUITEN_TRAJECT',
  PERIODE_OVERLAPT = 'PERIODE_OVERLAPT',
  UREN_NEGATIEF = 'UREN_NEGATIEF',
  UREN_MEER_DAN_PERIODE = 'UREN_MEER_DAN_PERIODE',
  UREN_MEER_DAN_INGEROOSTERD = 'UREN_MEER_DAN_INGEROOSTERD',
  VERZUIMREDEN_ONBEKEND = 'VERZUIMREDEN_ONBEKEND',
  VERZUIMREDEN_ONTBREEKT = 'VERZUIMREDEN_ONTBREEKT',
  VERZUIMREDEN_ZONDER_UREN = 'VERZUIMREDEN_ZONDER_UREN',
  /** `allesOfNiets`: at least one row broke a rule, so none was saved; the rows' own codes follow at `rijen.N.veld`. */
  REEKS_AFGEWEZEN = 'REEKS_AFGEWEZEN',
  /** The idempotency key was used before for other rows (or other options): a new batch needs a new key. */
  SLEUTEL_ANDERE_REEKS = 'SLEUTEL_ANDERE_REEKS',
  /** A batch with this idempotency key is still being processed: ask again later for its answer. */
  REEKS_IN_BEHANDELING = 'REEKS_IN_BEHANDELING',
}

foutcatalogus('aanwezigheid', AanwezigheidFout, {
  REEKS_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: `Stuur 1 tot ${MAX_RIJEN} regels per keer.` },
  REEKS_AFGEWEZEN: { soort: 'BAD_USER_INPUT', melding: 'Er is niets opgeslagen: alles of niets, en minstens één regel is fout. Verbeter de regels en stuur de reeks opnieuw.' },
  SLEUTEL_ANDERE_REEKS: { soort: 'CONFLICT', melding: 'Deze idempotentiesleutel is al gebruikt voor andere regels; geef een nieuwe reeks een nieuwe sleutel.' },
  REEKS_IN_BEHANDELING: { soort: 'CONFLICT', melding: 'Een reeks met deze idempotentiesleutel wordt nog verwerkt; vraag het antwoord over enkele seconden opnieuw op met dezelfde sleutel en regels.' },
  PERIODE_TE_LANG: { soort: 'BAD_USER_INPUT', melding: 'Een periode is hoogstens 31 dagen; meld per week of per lesdag.' },
  PERIODE_IN_TOEKOMST: { soort: 'BAD_USER_INPUT', melding: 'Aanwezigheid meldt u voor dagen die geweest zijn: de periode eindigt uiterlijk vandaag.' },
  PERIODE_BUITEN_TRAJECT: { soort: 'BAD_USER_INPUT', melding: 'De periode valt buiten de geplande looptijd van het traject.' },
  PERIODE_OVERLAPT: { soort: 'CONFLICT', melding: 'Deze periode overlapt met een al gemelde periode; corrigeer die periode of kies een andere.' },
  UREN_NEGATIEF: { soort: 'BAD_USER_INPUT', melding: 'Het aantal uren kan niet negatief zijn.' },
  UREN_MEER_DAN_PERIODE: { soort: 'BAD_USER_INPUT', melding: 'Er passen niet zoveel uren in deze periode (hoogstens 24 per dag).' },
  UREN_MEER_DAN_INGEROOSTERD: { soort: 'BAD_USER_INPUT', melding: 'Aanwezig plus geoorloofd en ongeoorloofd verzuim is meer dan het aantal ingeroosterde uren.' },
  VERZUIMREDEN_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen bekende reden voor deze soort verzuim; kies een code uit de lijst verzuimredenen.' },
  VERZUIMREDEN_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Kies een reden voor de uren verzuim.' },
  VERZUIMREDEN_ZONDER_UREN: { soort: 'BAD_USER_INPUT', melding: 'Een reden voor verzuim hoort bij uren verzuim; vul de uren in of laat de reden leeg.' },
});

/** The longest period one submission may cover: a week is the norm, a month the most a school batches. */
export const MAX_PERIODE_DAGEN = 31;
