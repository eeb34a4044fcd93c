import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/auth/principal.js';

/** What every resolver gets: its own identity-map (an em fork per request) and who is asking. */
export interface PortalContext {
  readonly em: EntityManager;
  principal: Principal;
}

/** The em is forked on first use: a request whose resolvers never touch the database pays nothing for it. */
export function portalContext(orm: MikroORM, principal: Principal): PortalContext {
  let em: EntityManager | undefined;
  return {
    principal,
    get em() {
      return (em ??= orm.em.fork());
    },
  };
}
