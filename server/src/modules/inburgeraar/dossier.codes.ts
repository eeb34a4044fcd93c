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
