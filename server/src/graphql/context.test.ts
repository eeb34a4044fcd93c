import type { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it, vi } from 'vitest';
import type { JobQueue } from '../jobs/queue.js';
import type { Principal } from '../modules/auth/principal.js';
import { portalContext } from './context.js';

/** Apollo Server 5 copies the context per operation exactly so (ApolloServer.js `cloneObject`). */
const zoalsApolloKopieert = <T extends object>(object: T): T => Object.assign(Object.create(Object.getPrototypeOf(object)), object);

describe('the GraphQL context', () => {
  it("forks no EntityManager when Apollo copies it, only when a resolver uses it, and then once per copy", () => {
    const fork = vi.fn(() => ({ geforkt: true }));
    const orm = { em: { fork } } as unknown as MikroORM;
    const kopie = zoalsApolloKopieert(portalContext(orm, { soort: 'aanbieder' } as Principal, {} as JobQueue));
    expect(fork).not.toHaveBeenCalled();
    expect(kopie.em).toBe(kopie.em);
    expect(fork).toHaveBeenCalledTimes(1);
    expect(kopie.principal).toEqual({ soort: 'aanbieder' });
  });
});
