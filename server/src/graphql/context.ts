import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/queue.js';
import type { Principal } from '../modules/auth/principal.js';
import { emAls } from '../modules/tenancy/database-principaal.js';

/**
 * What every resolver gets: its own identity-map (an em fork per request, whose statements run as the principal in
 * PostgreSQL too: row-level security), who is asking, and the job queue.
 */
export interface PortalContext {
  readonly em: EntityManager;
  principal: Principal;
  /** To enqueue work inside the request's transaction (an upload's save). */
  jobs: JobQueue;
}

/**
 * The em is forked on first use: a request whose resolvers never touch the database pays nothing for it. The getter
 * lives on the prototype, because Apollo copies the context's own properties per operation (which would call an own
 * getter and fork for every request, `{ __typename }` included); the copy keeps the prototype, so it forks on use.
 */
class LuiePortalContext implements PortalContext {
  // A plain property, not a #private one: Apollo's copy (Object.create + Object.assign) would have no #private slot.
  private geforkt: EntityManager | undefined;

  constructor(private readonly orm: MikroORM, public principal: Principal, public jobs: JobQueue) {}

  get em(): EntityManager {
    return (this.geforkt ??= emAls(this.orm.em, this.principal));
  }
}

export function portalContext(orm: MikroORM, principal: Principal, jobs: JobQueue): PortalContext {
  return new LuiePortalContext(orm, principal, jobs);
}
