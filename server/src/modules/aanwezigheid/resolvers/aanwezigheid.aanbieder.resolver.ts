import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../../../graphql/scalars.js';
import { AanwezigheidRijResultaat, AanwezigheidVanTraject } from '../dto/aanwezigheid-reeks.type.js';
import type { PortalContext } from '../../../graphql/context.js';
import { AanwezigheidService } from '../aanwezigheid.service.js';
import { AanwezigheidInput, AanwezigheidRegistratie } from '../dto/registreer-aanwezigheid.input.js';

@Authorized()
@Resolver()
export class AanwezigheidAanbiederResolver {
  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidRegistratie, {
    description: 'Meld aanwezigheid en verzuim voor één traject en één periode. Idempotent per (traject, periode); andere waarden voor dezelfde periode zijn een correctie (de vorige versie blijft bewaard).',
  })
  registreerAanwezigheid(@Arg('input', () => AanwezigheidInput, { description: 'De melding: traject, periode, uren en de redenen van verzuim.' }) input: AanwezigheidInput, @Ctx() { em, principal }: PortalContext) {
    return new AanwezigheidService(em).registreer(principal, input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => [AanwezigheidRijResultaat], {
    description: 'Meld aanwezigheid voor veel trajecten tegelijk (een groep, een CSV-bestand; hoogstens 2000 regels). Elke regel wordt apart beoordeeld en opgeslagen: een foute regel komt terug met zijn fouten, de goede blijven bewaard.',
  })
  async registreerAanwezigheden(
    @Arg('rijen', () => [AanwezigheidInput], { description: 'De regels, elk zoals bij registreerAanwezigheid.' }) rijen: AanwezigheidInput[],
    @Arg('proefdraai', () => Boolean, { nullable: true, description: 'Alleen controleren: alles wordt beoordeeld alsof het wordt opgeslagen, daarna wordt niets bewaard.' }) proefdraai: boolean | undefined,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return (await new AanwezigheidService(em).registreerReeks(principal, rijen, { proefdraai: proefdraai ?? false })).map((r) => ({
      rij: r.rij,
      resultaat: r.registratie?.resultaat ?? null,
      aanwezigheid: r.registratie?.aanwezigheid ?? null,
      vorige: r.registratie?.vorige ?? null,
      fouten: r.fouten.map((f) => ({ domeinCode: f.code, veld: f.veld, melding: f.melding })),
    }));
  }

  @Query(() => [AanwezigheidVanTraject], { description: 'De actuele meldingen van uw trajecten voor de periode die op `periodeVan` begint (om een groepsweek te tonen).' })
  async aanwezighedenInPeriode(
    @Arg('trajectIds', () => [ID], { description: 'Uw trajecten (hoogstens 2000).' }) trajectIds: string[],
    @Arg('periodeVan', () => LocalDate, { description: 'Eerste dag van de periode.' }) periodeVan: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return (await new AanwezigheidService(em).inPeriode(principal, trajectIds, periodeVan)).map((a) => ({ trajectId: a.traject.id, aanwezigheid: a }));
  }
}
