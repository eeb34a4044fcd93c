/** Roles inside an organisation, mirroring DUO's portal (003 §2.1, §3.1). */
export const ROLLEN = ['RAADPLEGEN', 'MUTEREN', 'BEHEER'] as const;
export type Rol = (typeof ROLLEN)[number];
