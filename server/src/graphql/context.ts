import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/queue.js';
import type { Principal } from '../modules/auth/principal.js';

/** What every resolver gets: its own identity-map (an em fork per request), who is asking, and the job queue. */
export interface PortalContext {
  em: EntityManager;
  principal: Principal;
  /** To enqueue work inside the request's transaction (an upload's save). */
  jobs: JobQueue;
}
