/**
 * Whether an existing database is the bot's, judged from what it holds, before anything is
 * written to it (SQLite and PostgreSQL read the same facts their own way). Another application's
 * tables must not be migrated into, and a schema_migrations table that claims migrations whose
 * tables are gone would start and then fail on the first write: both are refused at start-up.
 */
import type { Migration } from './schema-sql';

export interface SchemaFacts {
  /** The database's own tables (SQLite's internal sqlite_* left out). */
  tables: ReadonlySet<string>;
  /** The columns of schema_migrations; empty when there is no such table. */
  migrationColumns: readonly string[];
  /** Its rows, when it has our columns. */
  claimed: readonly { version: number; name: string }[];
}

export type SchemaVerdict =
  | { ok: true }
  | { ok: false; problem: string; fix: 'new database' | 'restore or move aside' };

const OUR_COLUMNS = ['version', 'name', 'applied_at'];

export function judgeSchema(facts: SchemaFacts, list: readonly Migration[]): SchemaVerdict {
  const { tables } = facts;
  // Nothing there yet (a new file, or a crash before the first migration committed): ours to fill.
  if (tables.size === 0) return { ok: true };
  const foreign = (why: string): SchemaVerdict => ({
    ok: false,
    problem: `holds another application's database (${why}), which the bot will not migrate into`,
    fix: 'new database',
  });
  if (!tables.has('schema_migrations') || !OUR_COLUMNS.every((c) => facts.migrationColumns.includes(c))) {
    const shown = [...tables].sort().slice(0, 5).join(', ');
    return foreign(`tables ${shown}${tables.size > 5 ? ', …' : ''}, none of them the bot's`);
  }
  const known = new Map(list.map((m) => [m.version, m]));
  for (const row of facts.claimed) {
    const m = known.get(row.version);
    if (m && m.name !== row.name)
      return foreign(`its schema_migrations names version ${row.version} "${row.name}", not "${m.name}"`);
  }
  for (const row of facts.claimed) {
    const m = known.get(row.version);
    const missing = m ? tablesCreatedBy(m).filter((t) => !tables.has(t)) : [];
    if (missing.length)
      return {
        ok: false,
        problem: `claims migration ${row.version} (${row.name}) in schema_migrations, but its table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
        fix: 'restore or move aside',
      };
  }
  return { ok: true };
}

/** The tables a migration's SQL creates, read from its CREATE TABLE statements. */
export function tablesCreatedBy(m: Migration): string[] {
  return [...m.sql.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/gi)].map((x) => x[1]!);
}
