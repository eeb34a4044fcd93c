import { Authorized, Query, Resolver } from 'type-graphql';
import { Verzuimreden } from '../dto/verzuimreden.type.js';
import { VERZUIMREDENEN } from '../verzuimreden.js';

@Authorized()
@Resolver()
export class VerzuimredenResolver {
  @Query(() => [Verzuimreden], { description: 'De codelijst van redenen voor geoorloofd en ongeoorloofd verzuim.' })
  verzuimredenen(): Verzuimreden[] {
    return [...VERZUIMREDENEN];
  }
}
