// Dev aid: prints the DDL MikroORM would derive from the entities, to write a migration by. Never run in production.
import { openOrm } from './orm.js';
const orm = await openOrm(process.argv[2]!);
console.log(await orm.schema.getCreateSchemaSQL());
await orm.close();
