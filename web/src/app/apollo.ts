import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client per role-scoped schema: an aanbieder page can never query the gemeente endpoint by accident. */
function client(rol: 'aanbieder' | 'gemeente') {
  return new ApolloClient({
    link: new HttpLink({ uri: `/graphql/${rol}`, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}

export const aanbiederClient = client('aanbieder');
export const gemeenteClient = client('gemeente');
