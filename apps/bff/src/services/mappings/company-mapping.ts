import type { MappingProblem } from '@qo/contracts';
import { writeAudit, type Database, type Kysely } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { AppError, foundOr404 } from '../../lib/app-error';
import type { SessionUser } from '../../lib/sessions';
import type { ChartData } from './chart';
import { changedFields, refuseInvalidMapping } from './mapping-context';

/** Every company mapping has a name, unique within the company. */
type NamedRow = { id: string; name: string };
type NamedBody = { name: string };

/** The chart a save is judged against, and whatever else a mapping's rules need. */
export type MappingContext = { chart: ChartData | null };

/**
 * A mapping the company names and adds rows to itself (product types, payment types). Listing,
 * adding and changing one follow the same steps for every such mapping — the chart to judge against,
 * a 422 only for the account fields a save changes, the audit row with before and after — so the
 * steps live once below and each mapping says only what is its own.
 */
export type CompanyMapping<
  Row extends NamedRow,
  Body extends NamedBody,
  Context extends MappingContext,
  Shown,
> = {
  /** The audit log's entity name. */
  entity: string;
  /** The subject of the 404 ("Produkttypen finnes ikke"). */
  subject: string;
  /** The fields that point into the chart: judged when a save changes them. */
  accountFields: readonly (keyof Body & string)[];
  /** The chart, and whatever else the mapping's rules need, for the department the user is viewing. */
  loadContext: (
    app: FastifyInstance,
    companyId: string,
    departmentId: string | undefined,
  ) => Promise<Context>;
  problems: (body: Body, context: Context) => MappingProblem[];
  /** What the API answers for a row. */
  show: (row: Row, context: Context) => Shown;
  /** What the audit log keeps of a row: the mapping as it was saved, nothing derived. */
  audited: (row: Row) => Body;
  /** When the earlier values say nothing about the new ones (e.g. another kind), every account field is judged. */
  judgesAllAccounts?: (before: Body, body: Body) => boolean;
  list: (db: Kysely<Database>, companyId: string) => Promise<Row[]>;
  find: (db: Kysely<Database>, companyId: string, id: string) => Promise<Row | undefined>;
  insert: (db: Kysely<Database>, companyId: string, body: Body) => Promise<Row>;
  update: (db: Kysely<Database>, companyId: string, id: string, body: Body) => Promise<Row | undefined>;
};

export async function listCompanyMappings<
  Row extends NamedRow,
  Body extends NamedBody,
  Context extends MappingContext,
  Shown,
>(
  app: FastifyInstance,
  companyId: string,
  mapping: CompanyMapping<Row, Body, Context, Shown>,
  departmentId: string | undefined,
): Promise<Shown[]> {
  const [rows, context] = await Promise.all([
    mapping.list(app.db, companyId),
    mapping.loadContext(app, companyId, departmentId),
  ]);
  return rows.map((row) => mapping.show(row, context));
}

export async function createCompanyMapping<
  Row extends NamedRow,
  Body extends NamedBody,
  Context extends MappingContext,
  Shown,
>(
  app: FastifyInstance,
  user: SessionUser,
  mapping: CompanyMapping<Row, Body, Context, Shown>,
  body: Body,
  departmentId: string | undefined,
): Promise<Shown> {
  const context = await mapping.loadContext(app, user.companyId, departmentId);
  refuseInvalidMapping(
    mapping.problems(body, context),
    context.chart,
    changedFields(undefined, body, mapping.accountFields),
  );
  await refuseTakenName(app.db, user.companyId, mapping, body.name);
  const row = await nameConflictAs409(body.name, () => mapping.insert(app.db, user.companyId, body));
  await writeAudit(app.db, {
    companyId: user.companyId,
    userId: user.id,
    entity: mapping.entity,
    entityId: row.id,
    action: 'create',
    new: mapping.audited(row),
  });
  return mapping.show(row, context);
}

export async function updateCompanyMapping<
  Row extends NamedRow,
  Body extends NamedBody,
  Context extends MappingContext,
  Shown,
>(
  app: FastifyInstance,
  user: SessionUser,
  mapping: CompanyMapping<Row, Body, Context, Shown>,
  id: string,
  body: Body,
  departmentId: string | undefined,
): Promise<Shown> {
  const before = mapping.audited(foundOr404(await mapping.find(app.db, user.companyId, id), mapping.subject));
  const context = await mapping.loadContext(app, user.companyId, departmentId);
  const comparable = mapping.judgesAllAccounts?.(before, body) ? undefined : before;
  refuseInvalidMapping(
    mapping.problems(body, context),
    context.chart,
    changedFields(comparable, body, mapping.accountFields),
  );
  await refuseTakenName(app.db, user.companyId, mapping, body.name, id);
  const after = foundOr404(
    await nameConflictAs409(body.name, () => mapping.update(app.db, user.companyId, id, body)),
    mapping.subject,
  );
  await writeAudit(app.db, {
    companyId: user.companyId,
    userId: user.id,
    entity: mapping.entity,
    entityId: after.id,
    action: 'update',
    old: before,
    new: mapping.audited(after),
  });
  return mapping.show(after, context);
}

function nameTaken(name: string): AppError {
  return new AppError('conflict', `Navnet «${name}» er allerede i bruk; velg et annet navn`, {
    errors: [{ path: 'name', message: 'Navnet er i bruk' }],
  });
}

/** Names are unique per company (a unique key in the database): a taken one is a 409, never a 500. */
async function refuseTakenName<
  Row extends NamedRow,
  Body extends NamedBody,
  Context extends MappingContext,
  Shown,
>(
  db: Kysely<Database>,
  companyId: string,
  mapping: CompanyMapping<Row, Body, Context, Shown>,
  name: string,
  exceptId?: string,
): Promise<void> {
  const rows = await mapping.list(db, companyId);
  if (rows.some((row) => row.name === name && row.id !== exceptId)) throw nameTaken(name);
}

/** Two saves of the same new name at once: the unique key refuses the second, which is then a 409 too. */
async function nameConflictAs409<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw nameTaken(name);
    throw err;
  }
}
