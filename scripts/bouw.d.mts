// Types of bouw.mjs for the tests that import it (the script itself stays plain JavaScript: it runs before any install).
export interface Pakket {
  map: string;
  invoer: string[];
  uitvoer: string;
  commando: [string, string[]];
}
export const PAKKETTEN: Record<'server' | 'web', Pakket>;
export function stempel(root: string, invoer: string[]): string;
export function bouwIndienNodig(pakket: Pakket, opties?: { root?: string; force?: boolean; run?: (commando: Pakket['commando'], cwd: string) => void }): boolean;
export function bouw(namen: ('server' | 'web')[], opties?: { force?: boolean }): string[];
export function seconden(begin: number): string;
export function installatieStempel(root?: string, extra?: string): string;
export function installatieActueel(root?: string, extra?: string): boolean;
export function markeerInstallatie(root?: string, extra?: string): void;
