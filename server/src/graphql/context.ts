import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/auth/principal.js';

/** What every resolver gets: its own identity-map (an em fork per request) and who is asking. */
export interface PortalContext {
  em: EntityManager;
  principal: Principal;
}
