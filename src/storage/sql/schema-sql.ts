import {
  type Column,
  type ColumnType,
  type Dialect,
  type Index,
  type SchemaStep,
  schemaSteps,
  type Table,
} from './schema';

/** One numbered step of a database's history, as the SQL that database runs. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** All that differs between the databases' schemas: how each type is spelt, and how a flag is kept. */
export interface DialectSql {
  dialect: Dialect;
  types: Record<ColumnType, string>;
  /** A flag's false and true as this database writes them. */
  flagValues: readonly [string, string];
  /** Whether a flag needs a CHECK to stay a flag (a SQLite INTEGER could hold any number). */
  flagNeedsCheck: boolean;
}

export const DIALECTS: Record<Dialect, DialectSql> = {
  // Instants as ISO text (which sorts as time does), flags as 0/1.
  sqlite: {
    dialect: 'sqlite',
    types: { text: 'TEXT', integer: 'INTEGER', bigint: 'INTEGER', instant: 'TEXT', flag: 'INTEGER' },
    flagValues: ['0', '1'],
    flagNeedsCheck: true,
  },
  // The types SQLite lacks: instants are timestamptz, flags are boolean.
  postgres: {
    dialect: 'postgres',
    types: { text: 'text', integer: 'integer', bigint: 'bigint', instant: 'timestamptz', flag: 'boolean' },
    flagValues: ['false', 'true'],
    flagNeedsCheck: false,
  },
};

const quote = (value: string): string => `'${value.replaceAll("'", "''")}'`;

function literal(sql: DialectSql, value: number | boolean): string {
  return typeof value === 'boolean' ? sql.flagValues[value ? 1 : 0] : String(value);
}

/** `CHECK (column IN ('a', 'b'))`, as both databases write it. */
export function checkInSql(column: string, values: readonly string[]): string {
  return `CHECK (${column} IN (${values.map(quote).join(', ')}))`;
}

/** The string literals a constraint's text lists, in order ('it''s' read back as it's). */
export function quotedValues(sql: string): string[] {
  return [...sql.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"));
}

export const sameValues = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function columnSql(sql: DialectSql, c: Column): string {
  const parts = [c.name, sql.types[c.type]];
  if (c.primaryKey) parts.push('PRIMARY KEY');
  if (c.notNull) parts.push('NOT NULL');
  if (c.default !== undefined) parts.push(`DEFAULT ${literal(sql, c.default)}`);
  if (c.oneOf) parts.push(checkInSql(c.name, c.oneOf));
  if (c.type === 'flag' && sql.flagNeedsCheck)
    parts.push(`CHECK (${c.name} IN (${sql.flagValues.join(', ')}))`);
  if (c.references) parts.push(`REFERENCES ${c.references.table} (${c.references.column})`);
  return parts.join(' ');
}

function tableSql(sql: DialectSql, t: Table): string {
  const lines = t.columns.map((c) => columnSql(sql, c));
  if (t.primaryKey) lines.push(`PRIMARY KEY (${t.primaryKey.join(', ')})`);
  if (t.unique) lines.push(`UNIQUE (${t.unique.join(', ')})`);
  return `CREATE TABLE ${t.name} (\n  ${lines.join(',\n  ')}\n);`;
}

function indexSql(i: Index): string {
  const where = i.where ? ` WHERE ${i.where}` : '';
  return `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${i.name} ON ${i.table} (${i.columns.join(', ')})${where};`;
}

const mine = (sql: DialectSql) => (x: { only?: Dialect }) => !x.only || x.only === sql.dialect;

function stepSql(sql: DialectSql, step: SchemaStep): string {
  return [
    ...step.tables.map((t) => tableSql(sql, t)),
    ...(step.addColumns ?? []).map((a) => `ALTER TABLE ${a.table} ADD COLUMN ${columnSql(sql, a.column)};`),
    ...step.indexes.filter(mine(sql)).map(indexSql),
  ].join('\n');
}

/** The migration history of one database, rendered from the shared description. */
export function migrationsFor(dialect: Dialect, steps: readonly SchemaStep[] = schemaSteps): Migration[] {
  const sql = DIALECTS[dialect];
  return steps
    .filter(mine(sql))
    .map((step) => ({ version: step.version, name: step.name, sql: stepSql(sql, step) }));
}
