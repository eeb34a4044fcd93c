import { expect } from 'vitest';
import { DomainError, Overtredingen } from '../../server/src/modules/shared/domain-error.js';

/** Runs a rules function on a fresh collector and returns the codes it raised, in order ([] when all pass). */
export function foutcodes(controleer: (fouten: Overtredingen) => void): string[] {
  const fouten = new Overtredingen();
  controleer(fouten);
  try {
    fouten.throwIfAny();
    return [];
  } catch (error) {
    return (error as DomainError).overtredingen.map((o) => o.code);
  }
}

/** Awaits a promise that must reject with a DomainError, and returns that error. */
export async function domeinfout(belofte: Promise<unknown>): Promise<DomainError> {
  const error = await belofte.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
