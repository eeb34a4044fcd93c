import autocannon from 'autocannon';
import { login } from './klant.ts';
const cookie = await login('http://localhost:4177', 'taalschool@taalhuis.demo');
const r = await autocannon({ url: 'http://localhost:4177/graphql/aanbieder', method: 'POST', body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-type': 'application/json', cookie }, connections: 10, duration: Number(process.argv[2] ?? 15) });
console.log(r.requests.total, 'requests', r.requests.average, 'req/s');
