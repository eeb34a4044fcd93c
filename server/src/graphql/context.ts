import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/queue.js';
import type { Principal } from '../modules/auth/principal.js';

/** What every resolver gets: its own identity-map (an em fork per request), who is asking, and the job queue. */
export interface PortalContext {
  readonly em: EntityManager;
  principal: Principal;
  /** To enqueue work inside the request's transaction (an upload's save). */
  jobs: JobQueue;
}

/** The em is forked on first use: a request whose resolvers never touch the database pays nothing for it. */
export function portalContext(orm: MikroORM, principal: Principal, jobs: JobQueue): PortalContext {
  let em: EntityManager | undefined;
  return {
    principal,
    jobs,
    get em() {
      return (em ??= orm.em.fork());
    },
  };
}
