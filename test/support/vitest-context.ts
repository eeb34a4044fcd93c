import type { RolWachtwoorden } from '../../server/src/db/rollen.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may CREATE DATABASE and roles; each test file makes its own database from it. */
    pgAdminUrl: string;
    /** The passwords of the owner and portal roles on that cluster (db/rollen.ts). */
    pgRollen: RolWachtwoorden;
  }
}
export {};
