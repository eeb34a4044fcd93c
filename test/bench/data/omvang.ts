import { createHash } from 'node:crypto';

/**
 * The size of the bench data set at a scale factor: 1 is the region of issue 10 (102,038 dossiers, 1,003 aanbieders,
 * 152,054 trajecten, ~5M attendance rows). Every number below is derived from the scale only, so the data set is the
 * same on every machine and every run.
 */
export interface Omvang {
  schaal: number;
  gemeenten: number;
  aanbieders: number;
  dossiers: number;
  trajecten: number;
  /** Per thousand dossiers, how many have their language traject at the national bench school (aanbieder 1). */
  schoolPromille: number;
}

/** The Monday the data set is anchored at: every traject started before it, attendance stops the week before it. */
export const PEILDATUM = '2026-11-23';

/** The dossier opened by the dossier(id) section: two trajecten of 66 weeks each. */
export const DOSSIER_MET_66_WEKEN = 8;
export const WEKEN_VAN_HET_DOSSIER = 66;

/** Password of every generated account. */
export const BENCH_WACHTWOORD = 'bench';
export const SCHOOL_EMAIL = 'school@aanbieder-1.bench.invalid';
export const REGISSEUR_EMAIL = 'regisseur@gemeente-1.bench.invalid';

export function omvangBij(schaal: number): Omvang {
  const gemeenten = Math.max(3, Math.round(30 * Math.sqrt(schaal)));
  const dossiers = Math.max(200, Math.round(102_038 * schaal));
  return {
    schaal,
    gemeenten,
    // Every gemeente needs an aanbieder besides the bench school.
    aanbieders: Math.max(gemeenten + 2, Math.round(1_003 * schaal)),
    dossiers,
    trajecten: Math.round(dossiers * (152_054 / 102_038)),
    schoolPromille: 121,
  };
}

/** The generator's hash `h(text)`, the same in SQL (`pg_temp.h`): the first 28 bits of md5. */
export function h(tekst: string): number {
  return parseInt(createHash('md5').update(tekst).digest('hex').slice(0, 7), 16);
}

/** Weeks before PEILDATUM a traject starts (number t; taal trajecten are 1..dossiers, the second ones follow). */
export function startWeken(omvang: Omvang, t: number): number {
  const dossier = t > omvang.dossiers ? t - omvang.dossiers : t;
  if (dossier % 1000 === DOSSIER_MET_66_WEKEN) return WEKEN_VAN_HET_DOSSIER;
  return t > omvang.dossiers ? 2 + (h(`w${t}`) % 60) : 2 + (h(`w${t}`) % 63);
}

/** Weeks of attendance a traject has: up to the week before PEILDATUM; one in three lacks its last week (something due). */
export function gemeldeWeken(omvang: Omvang, t: number): number {
  const weken = startWeken(omvang, t);
  const dossier = t > omvang.dossiers ? t - omvang.dossiers : t;
  if (dossier % 1000 === DOSSIER_MET_66_WEKEN) return weken;
  return h(`gat${t}`) % 3 === 0 ? weken - 1 : weken;
}

/** The attendance rows the generator must have written, counted independently of its SQL. */
export function verwachteAanwezigheden(omvang: Omvang): number {
  let totaal = 0;
  for (let t = 1; t <= omvang.trajecten; t++) totaal += gemeldeWeken(omvang, t);
  return totaal;
}
