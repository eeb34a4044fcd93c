declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may CREATE DATABASE; each test file makes its own database from it. */
    pgAdminUrl: string;
  }
}
export {};
