import { graphql } from '../../gql/gemeente';

// Users and roles: the same operations in both schemas, so one component serves gemeente and aanbieder.
export const GEBRUIKERS = graphql(`
  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }
`);

export const MAAK_GEBRUIKER = graphql(`
  mutation MaakGebruiker($input: MaakGebruikerInput!) {
    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }
  }
`);

export const WIJZIG_ROLLEN = graphql(`
  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }
`);

export const ZET_GEBRUIKER_ACTIEF = graphql(`
  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }
`);

export const RESET_WACHTWOORD = graphql(`
  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }
`);

export const BEHEER_CONTRACTEN = graphql(`
  query BeheerContracten {
    contracten { id aanbiederNaam aanbiederKvkNummer trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }
    aanbiedersInPortaal { id naam kvkNummer }
  }
`);

export const SLUIT_CONTRACT = graphql(`
  mutation SluitContract($input: SluitContractInput!) { sluitContract(input: $input) { id aanbiederNaam } }
`);

export const BEEINDIG_CONTRACT = graphql(`
  mutation BeeindigContract($contractId: ID!, $einddatum: LocalDate!) { beeindigContract(contractId: $contractId, einddatum: $einddatum) { id einddatum } }
`);
