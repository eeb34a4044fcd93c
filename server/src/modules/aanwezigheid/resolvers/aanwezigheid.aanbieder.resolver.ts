import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../../../graphql/scalars.js';
import { AanwezigheidRijResultaat, AanwezigheidVanTraject } from '../dto/aanwezigheid-reeks.type.js';
import type { PortalContext } from '../../../graphql/context.js';
import type { AanwezigheidInvoer } from '../aanwezigheid.rules.js';
import { AanwezigheidService, MAX_RIJEN, type RijResultaat } from '../aanwezigheid.service.js';
import { metTrajectIds } from '../traject-referenties.js';
import { AanwezigheidInput, AanwezigheidRegistratie } from '../dto/registreer-aanwezigheid.input.js';

@Authorized()
@Resolver()
export class AanwezigheidAanbiederResolver {
  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidRegistratie, {
    description: 'Meld aanwezigheid en verzuim voor één traject en één periode. Idempotent per (traject, periode); andere waarden voor dezelfde periode zijn een correctie (de vorige versie blijft bewaard).',
  })
  async registreerAanwezigheid(@Arg('input', () => AanwezigheidInput, { description: 'De melding: traject, periode, uren en de redenen van verzuim.' }) input: AanwezigheidInput, @Ctx() { em, principal }: PortalContext) {
    const [benoemd] = await metTrajectIds(em, principal, [input]);
    if ('fout' in benoemd!) throw benoemd.fout;
    return new AanwezigheidService(em).registreer(principal, benoemd!.invoer);
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
    // Rows naming their traject by the school's reference get its id first; rows naming none of the school's are
    // answered here, the others go to the attendance rules with their own row number.
    const benoemd = rijen.length > 0 && rijen.length <= MAX_RIJEN ? await metTrajectIds(em, principal, rijen) : rijen.map((invoer) => ({ invoer: invoer as AanwezigheidInvoer }));
    const teVerwerken = benoemd.flatMap((b, rij) => ('invoer' in b ? [{ rij, invoer: b.invoer }] : []));
    const verwerkt = teVerwerken.length > 0 || rijen.length === 0
      ? await new AanwezigheidService(em).registreerReeks(principal, teVerwerken.map((t) => t.invoer), { proefdraai: proefdraai ?? false })
      : [];
    const resultaten: RijResultaat[] = [
      ...verwerkt.map((r) => ({ ...r, rij: teVerwerken[r.rij]!.rij })),
      ...benoemd.flatMap((b, rij) => ('fout' in b ? [{ rij, fouten: b.fout.overtredingen }] : [])),
    ].sort((a, b) => a.rij - b.rij);
    return resultaten.map((r) => ({
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
