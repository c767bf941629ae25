import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { judgeSchema, type SchemaFacts } from '../sql/schema-check';
import type { Migration } from '../sql/schema-sql';
import { migrations } from './migrations';

/**
 * Looks at an existing SQLite file before the store writes anything to it (switching to WAL and
 * migrating both write), and refuses what would start and fail later, or damage a file that is
 * not ours: a file this process cannot write, a damaged file, another application's database,
 * and a schema_migrations table that claims tables which are missing. The file is only read here,
 * so a refused file is left byte-identical. An absent or empty file, or one of ours, passes.
 */
export class DatabaseRefused extends Error {
  constructor(path: string, problem: string, fix: string) {
    super(`the digest database at ${path} (DATABASE_PATH) ${problem}. To fix: ${fix}`);
    this.name = 'DatabaseRefused';
  }
}

export function checkSqliteFile(path: string, list: readonly Migration[] = migrations): void {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    return; // absent: created on open; unreachable: the open names the error
  }
  if (!info.isFile())
    throw new DatabaseRefused(path, 'is not a regular file', 'set DATABASE_PATH to a file name');
  if (info.size > 0) inspectSchema(path, list);
  checkWritable(path);
}

/** The process must be able to write the file and, for WAL's side files, its folder. */
function checkWritable(path: string): void {
  const moveOrGrant = `let this user write it (e.g. chmod u+w ${path}, or chown it to this user), or point DATABASE_PATH at a writable file`;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new DatabaseRefused(
      path,
      'is read-only for this process, so no subscription could be saved',
      moveOrGrant,
    );
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new DatabaseRefused(
      path,
      `is in a folder (${dirname(path)}) this process cannot write, where SQLite keeps its -wal and -shm files`,
      'let this user write the folder, or point DATABASE_PATH at a file in a writable folder',
    );
  }
}

function inspectSchema(path: string, list: readonly Migration[]): void {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new DatabaseRefused(
      path,
      `cannot be opened (${(err as Error).message})`,
      'check the path and its permissions',
    );
  }
  try {
    let facts: SchemaFacts;
    try {
      facts = readFacts(db);
    } catch (err) {
      throw new DatabaseRefused(
        path,
        `is not a usable SQLite database (${(err as Error).message})`,
        `move the file aside (e.g. mv ${path} ${path}.broken) to start with an empty database, or restore it from a backup`,
      );
    }
    const verdict = judgeSchema(facts, list);
    if (!verdict.ok)
      throw new DatabaseRefused(
        path,
        verdict.problem,
        verdict.fix === 'new database'
          ? 'point DATABASE_PATH at a new file (such as data/tariffs-bot.sqlite); the bot creates it'
          : `restore the file from a backup, or move it aside (e.g. mv ${path} ${path}.broken) to start with an empty database`,
      );
  } finally {
    db.close();
  }
}

/** Reading the schema is the first thing that fails on a damaged file ("file is not a database"). */
function readFacts(db: Database.Database): SchemaFacts {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  const migrationColumns = db
    .prepare('SELECT name FROM pragma_table_info(?)')
    .pluck()
    .all('schema_migrations') as string[];
  const claimed =
    migrationColumns.includes('version') && migrationColumns.includes('name')
      ? (db
          .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
          .all() as SchemaFacts['claimed'])
      : [];
  return { tables: new Set(names), migrationColumns, claimed };
}
