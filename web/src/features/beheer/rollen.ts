/** The roles in their fixed order, with the Dutch label the UI shows. */
export const ROLLEN = ['RAADPLEGEN', 'MUTEREN', 'BEHEER'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABEL: Record<Rol, string> = { RAADPLEGEN: 'Raadplegen', MUTEREN: 'Muteren', BEHEER: 'Beheer' };
