import { Migration } from '@mikro-orm/migrations';

/**
 * Exactly once for attendance batches: the first answer to each idempotency key of an aanbieder, written in the same
 * transaction as the batch's rows, so a key is answered if and only if its rows were saved. A batch still running has
 * no row here: it holds a transaction-scoped advisory lock on the key instead, which PostgreSQL releases by itself when
 * the batch's backend or the portal process dies — no status to go stale, no lease to expire.
 */
export class Migration20261203100000AanwezigheidReeksSleutel extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "aanwezigheid_reeks" (
  "aanbieder_id" uuid not null references "aanbieder" ("id"),
  "sleutel" text not null,
  -- sha-256 of the rows and options as sent: the same key with other rows is refused, not answered.
  "rijen_hash" text not null,
  "aantal_rijen" int not null,
  "antwoord" jsonb not null,
  "gestart_op" timestamptz not null,
  "voltooid_op" timestamptz not null,
  -- The PostgreSQL backend that ran the batch, for tracing a batch to its server logs.
  "backend_pid" int not null,
  constraint "aanwezigheid_reeks_pkey" primary key ("aanbieder_id", "sleutel"),
  constraint "aanwezigheid_reeks_sleutel_check" check (length("sleutel") between 1 and 200)
);
create index "aanwezigheid_reeks_voltooid_op_idx" on "aanwezigheid_reeks" ("voltooid_op");
`);
  }
}
