import { findUserByEmail, type Database, type Kysely } from '@qo/db';
import { verifyPassword } from '../lib/passwords';
import { DEMO_PASSWORD, DEMO_USERS } from './seed';

/** Thrown at start-up when something makes running in production unsafe; the message says what to do. */
export class StartupRefused extends Error {
  override readonly name = 'StartupRefused';
}

/**
 * A production start refuses while any demo login still opens with the published password: anyone
 * who has read the README could log in. The demo users may stay if their passwords were changed.
 */
export async function refuseDemoLoginsInProduction(db: Kysely<Database>): Promise<void> {
  const open: string[] = [];
  for (const demo of DEMO_USERS) {
    const user = await findUserByEmail(db, demo.email);
    if (user && (await verifyPassword(DEMO_PASSWORD, user.password_hash))) open.push(demo.email);
  }
  if (open.length === 0) return;
  const who = open.join(', ');
  throw new StartupRefused(
    [
      `Starter ikke med NODE_ENV=production: demobrukerne ${who} finnes i databasen med passordet "${DEMO_PASSWORD}".`,
      '  Bruk en database uten demodata (DEMO_SEED=false, som er standard), eller start én gang uten',
      '  NODE_ENV=production og bytt passordet til hver av dem (POST /api/me/password).',
      `Refusing to start with NODE_ENV=production: the demo users ${who} exist in the database with the password "${DEMO_PASSWORD}".`,
      '  Use a database without demo data (DEMO_SEED=false, the default), or start once without',
      '  NODE_ENV=production and change the password of each of them (POST /api/me/password).',
    ].join('\n'),
  );
}
