import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { DashboardService } from '../dashboard.service.js';
import { Dashboard } from '../dto/dashboard.type.js';

@Authorized()
@Resolver()
export class DashboardGemeenteResolver {
  @Query(() => Dashboard, { description: 'Het startscherm van de regisseur.' })
  dashboard(@Ctx() { em, principal }: PortalContext) {
    return new DashboardService(em).voor(principal);
  }
}
