/** How a running traject ends: completed on a date, or withdrawn by the gemeente for a coded reason. */
export const TRAJECT_EINDES = ['AFGEROND', 'INGETROKKEN'] as const;
export type TrajectEinde = (typeof TRAJECT_EINDES)[number];

/**
 * Why the gemeente withdraws a traject: codes, never free text (a reason typed out tends to carry personal
 * circumstances, domain.md §5). DOSSIER_INGETROKKEN is set only when the whole dossier is withdrawn;
 * DUBBELE_TOEWIJZING also by the migration that cleaned up double clicks from before the rule.
 */
export const REDENEN_INTREKKING = [
  'TEN_ONRECHTE_TOEGEWEZEN', 'DUBBELE_TOEWIJZING', 'PIP_GEWIJZIGD', 'ANDERE_AANBIEDER', 'DEELNEMER_GESTOPT', 'ONTHEFFING_OF_VRIJSTELLING', 'DOSSIER_INGETROKKEN',
] as const;
export type RedenIntrekking = (typeof REDENEN_INTREKKING)[number];

/** Set by the portal itself, not chosen by a regisseur. */
export const REDENEN_INTREKKING_AUTOMATISCH: readonly RedenIntrekking[] = ['DOSSIER_INGETROKKEN'];
