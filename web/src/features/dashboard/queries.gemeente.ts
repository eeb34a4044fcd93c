import { graphql } from '../../gql/gemeente';

export const DASHBOARD = graphql(`
  query Dashboard {
    dashboard {
      perStatus { status aantal }
      zonderPip { inburgeraarId naam wat sinds }
      teBeoordelen { inburgeraarId naam wat sinds }
      adviezen { inburgeraarId naam wat sinds }
      sindsVorigBezoek { sinds aanwezigheden rapportages meldingen { inburgeraarId naam soort versie aanbiederNaam ingediendOp } }
    }
  }
`);
