import { graphql } from '../../gql/gemeente';

export const AANBIEDERS = graphql(`
  query Aanbieders {
    aanbieders {
      id naam kvkNummer deelnemers aanwezigheidspercentage
      contracten { id trajectsoorten ingangsdatum einddatum }
      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }
      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }
    }
  }
`);

export const AANBIEDER = graphql(`
  query Aanbieder($id: ID!) {
    aanbieder(id: $id) {
      id naam kvkNummer deelnemers aanwezigheidspercentage
      contracten { id trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }
      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }
      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }
      trajecten {
        id inburgeraarId naam soort status geplandeStart geplandeEinde geplandeUren vorigeWeekOntbreekt
        uren { ingeroosterd aanwezig gemeldTot }
      }
    }
  }
`);
