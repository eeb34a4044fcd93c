import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The baseline of issue 10 item 4: a bare Apollo Server answering a constant, no auth, no database. Run as its own
 * process (so it does not share a CPU with the load generator): prints its URL on stdout, stops on SIGTERM.
 */
const server = new ApolloServer({ typeDefs: 'type Query { hallo: String }', resolvers: { Query: { hallo: () => 'hallo' } } });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' } });
console.log(url);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
