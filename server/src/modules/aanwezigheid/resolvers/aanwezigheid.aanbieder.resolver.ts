import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../../../graphql/scalars.js';
import { AanwezigheidRijResultaat, AanwezigheidVanTraject } from '../dto/aanwezigheid-reeks.type.js';
import type { PortalContext } from '../../../graphql/context.js';
import { AanwezigheidService, MAX_RIJEN } from '../aanwezigheid.service.js';
import { AanwezigheidInput, AanwezigheidRegistratie } from '../dto/registreer-aanwezigheid.input.js';

@Authorized()
@Resolver()
export class AanwezigheidAanbiederResolver {
  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidRegistratie, {
    description: 'Meld aanwezigheid en verzuim voor één traject en één periode. Idempotent per (traject, periode); andere waarden voor dezelfde periode zijn een correctie (de vorige versie blijft bewaard).',
  })
  async registreerAanwezigheid(@Arg('input', () => AanwezigheidInput, { description: 'De melding: traject, periode, uren en de redenen van verzuim.' }) input: AanwezigheidInput, @Ctx() { em, principal }: PortalContext) {
    return new AanwezigheidService(em).registreer(principal, input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => [AanwezigheidRijResultaat], {
    description: `Meld aanwezigheid voor veel trajecten tegelijk (een groep, een CSV-bestand; hoogstens ${MAX_RIJEN} regels per keer, meer in opeenvolgende reeksen). Elke regel wordt apart beoordeeld: een foute regel komt terug met zijn fouten, de goede worden opgeslagen (tenzij allesOfNiets). De hele reeks is één transactie: hij wordt helemaal verwerkt of, bij een storing, helemaal niet.`,
  })
  async registreerAanwezigheden(
    @Arg('rijen', () => [AanwezigheidInput], { description: 'De regels, elk zoals bij registreerAanwezigheid.' }) rijen: AanwezigheidInput[],
    @Arg('proefdraai', () => Boolean, { nullable: true, description: 'Alleen controleren: alles wordt beoordeeld alsof het wordt opgeslagen, daarna wordt niets bewaard.' }) proefdraai: boolean | undefined,
    @Arg('allesOfNiets', () => Boolean, { nullable: true, description: 'Alles of niets: is één regel fout, dan wordt geen enkele opgeslagen en komt de fout REEKS_AFGEWEZEN terug met de fouten van elke foute regel bij rijen.N.veld.' }) allesOfNiets: boolean | undefined,
    @Arg('idempotentieSleutel', () => String, { nullable: true, description: 'Maakt opnieuw sturen veilig (bijvoorbeeld na een time-out): kies per reeks een nieuwe unieke sleutel. Dezelfde sleutel met dezelfde regels geeft het eerste antwoord terug en slaat niets opnieuw op; met andere regels: SLEUTEL_ANDERE_REEKS; terwijl de eerste nog loopt: REEKS_IN_BEHANDELING (vraag het later opnieuw). Een reeks die door een storing niet afkwam, is niet opgeslagen: dezelfde sleutel verwerkt hem dan alsnog, precies één keer. Niet gebruikt bij een proefdraai.' }) idempotentieSleutel: string | undefined,
    @Ctx() { em, principal }: PortalContext,
  ) {
    const resultaten = await new AanwezigheidService(em).registreerReeks(principal, rijen, { proefdraai: proefdraai ?? false, allesOfNiets: allesOfNiets ?? false, sleutel: idempotentieSleutel ?? null });
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
