/**
 * Code lists of the dossier, with DUO's values where DUO has one (duo-m2m Inburgeringsplicht, PIP,
 * Leerbaarheidstoets APIs). Codes, never free text: what is not in a list cannot be typed in.
 */
export const GESLACHTEN = ['MAN', 'VROUW', 'ONBEKEND'] as const;

/** The law the obligation falls under; a person can turn out to be wrongly placed under Wi2021 (SS190). */
export const REGIMES = ['WI2021', 'WI2013', 'WI2007'] as const;
export type Regime = (typeof REGIMES)[number];

/** domain.md §2. DUO's Doelgroepindeling lumps gezins- and overige migrant together; the gemeente keeps them apart. */
export const DOELGROEPEN = ['ASIELSTATUSHOUDER', 'GEZINSMIGRANT', 'OVERIGE_MIGRANT'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** DUO LeerbaarheidstoetsResultaat: 'B1-route haalbaar', 'B1-route niet haalbaar', 'Onbekend'. */
export const LBT_RESULTATEN = ['B1_ROUTE_HAALBAAR', 'B1_ROUTE_NIET_HAALBAAR', 'ONBEKEND'] as const;

/** Highest completed education, as CBS asks it for the SWI (002 art. 35 lid 4). */
export const OPLEIDINGSNIVEAUS = ['GEEN', 'BASISONDERWIJS', 'VOORTGEZET_ONDERWIJS', 'MBO', 'HBO_WO', 'ONBEKEND'] as const;

/** DUO Alfabetiseringsonderwijs: A analfabeet, AA anders-gealfabetiseerd, NVT niet van toepassing. */
export const ALFABETISERING = ['A', 'AA', 'NVT'] as const;

export const DOSSIER_STATUSSEN = ['ACTIEF', 'VERHUISD', 'PLICHT_BEEINDIGD', 'INGETROKKEN'] as const;

/**
 * DUO RedenGeenInburgeringsplicht (duo-m2m Inburgeringsplicht): why a person has no obligation (any more). In DUO's
 * order, 'Vertrek uit Nederland langer dan een jaar' shortened to VERTREK_UIT_NEDERLAND.
 */
export const REDENEN_GEEN_INBURGERINGSPLICHT = [
  'VOLLEDIGE_ONTHEFFING', 'VOLLEDIGE_VRIJSTELLING', 'INBURGERINGSPLICHT_VOLDAAN', 'VERBLIJFSDOEL_GEWIJZIGD',
  'VERTREK_UIT_NEDERLAND', 'OVERLIJDEN', 'OVERIG', 'TIJDELIJKE_VRIJSTELLING',
] as const;
export type RedenGeenInburgeringsplicht = (typeof REDENEN_GEEN_INBURGERINGSPLICHT)[number];

/** DUO's own value of each reason, for a registration at DUO and for anyone checking the mapping. */
export const DUO_REDEN_GEEN_INBURGERINGSPLICHT: Record<RedenGeenInburgeringsplicht, string> = {
  VOLLEDIGE_ONTHEFFING: 'Volledige ontheffing',
  VOLLEDIGE_VRIJSTELLING: 'Volledige vrijstelling',
  INBURGERINGSPLICHT_VOLDAAN: 'Inburgeringsplicht voldaan',
  VERBLIJFSDOEL_GEWIJZIGD: 'Verblijfsdoel gewijzigd',
  VERTREK_UIT_NEDERLAND: 'Vertrek uit Nederland langer dan een jaar',
  OVERLIJDEN: 'Overlijden',
  OVERIG: 'Overig',
  TIJDELIJKE_VRIJSTELLING: 'Tijdelijke vrijstelling',
};
