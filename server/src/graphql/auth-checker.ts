import type { AuthCheckerFn } from 'type-graphql';
import { heeftRol } from '../modules/auth/principal.js';
import type { Rol } from '../modules/auth/rol.js';
import type { PortalContext } from './context.js';

/**
 * `@Authorized()` needs a principal (the HTTP layer already refused requests without one);
 * `@Authorized('MUTEREN')` also needs that role in the principal's organisation.
 */
export const authChecker: AuthCheckerFn<PortalContext, Rol> = ({ context }, rollen) =>
  Boolean(context.principal) && rollen.every((rol) => heeftRol(context.principal, rol));
