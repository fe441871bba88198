/*
 * `pnpm --filter @qo/bff demo:reset`: wipes the configured database and seeds the demo again.
 * Stop the app first. Everything in the database is lost, also with DATABASE_URL set.
 */
import { createDb, migrateToLatest, wipeDatabase } from '@qo/db';
import { loadConfig } from '../config/config';
import { runDemoSeed } from './seed';

const config = loadConfig();
const db = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await wipeDatabase(db);
  await migrateToLatest(db.kysely);
  await runDemoSeed(db.kysely, { info: (m) => console.log(m) });
  console.log(`Database reset (${db.dialect}${db.dialect === 'sqlite' ? `, ${config.dataDir}` : ''}).`);
} finally {
  await db.destroy();
}
