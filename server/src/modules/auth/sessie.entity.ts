import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Gebruiker } from './gebruiker.entity.js';

/** A login session, kept in PostgreSQL so any portal instance can serve any request. Only the token's hash is stored. */
export const Sessie = defineEntity({
  name: 'Sessie',
  tableName: 'sessie',
  properties: {
    tokenHash: p.string().primary(),
    gebruiker: () => p.manyToOne(Gebruiker),
    aangemaaktOp: p.datetime(),
    verlooptOp: p.datetime(),
    /** Idle sessions end (SESSION_IDLE_MINUTES); written at most once a minute, so it may lag a request by that much. */
    laatsteActiviteitOp: p.datetime(),
  },
});
export type Sessie = InferEntity<typeof Sessie>;
