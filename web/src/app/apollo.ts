import { ApolloClient, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** Fired when the server no longer knows the session (HTTP 401 at the wall): the app returns to the login page. */
export const sessieSignaal = new EventTarget();

const sessieBewaker = new ErrorLink(({ error }) => {
  if (ServerError.is(error) && error.statusCode === 401) sessieSignaal.dispatchEvent(new Event('verlopen'));
});

/** One client per role-scoped schema: an aanbieder page can never query the gemeente endpoint by accident. */
function client(rol: 'aanbieder' | 'gemeente') {
  return new ApolloClient({
    link: sessieBewaker.concat(new HttpLink({ uri: `/graphql/${rol}`, credentials: 'same-origin' })),
    cache: new InMemoryCache(),
  });
}

export const aanbiederClient = client('aanbieder');
export const gemeenteClient = client('gemeente');

/** Nothing of the previous user may stay in memory for the next one. */
export async function wisGegevens(): Promise<void> {
  await Promise.all([aanbiederClient.clearStore(), gemeenteClient.clearStore()]);
}
