import { Authorized, Query, Resolver } from 'type-graphql';
import { PvtReden } from '../dto/pvt-reden.type.js';
import { PVT_REDEN_CODES, PVT_REDENEN } from '../rules/pvt-redenen.js';

/** In both schemas: the one table of PVT reasons, so forms follow the same rules as the server. */
@Authorized()
@Resolver()
export class PvtRedenResolver {
  @Query(() => [PvtReden], { description: 'De acht redenen niet voldaan aan de PVT-plicht met hun veldregels en tijdvakken.' })
  pvtRedenen(): PvtReden[] {
    return PVT_REDEN_CODES.map((code) => ({ code, ...PVT_REDENEN[code] }));
  }
}
