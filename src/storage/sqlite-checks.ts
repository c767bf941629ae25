import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, migrations } from './migrations';

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
    let tables: Set<string>;
    let columns: string[];
    let claimed: { version: number; name: string }[] = [];
    try {
      tables = new Set(
        (
          db
            .prepare(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
            )
            .all() as {
            name: string;
          }[]
        ).map((r) => r.name),
      );
      columns = (db.prepare('PRAGMA table_info(schema_migrations)').all() as { name: string }[]).map(
        (c) => c.name,
      );
      if (columns.includes('version') && columns.includes('name'))
        claimed = db
          .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
          .all() as typeof claimed;
    } catch (err) {
      throw new DatabaseRefused(
        path,
        `is not a usable SQLite database (${(err as Error).message})`,
        `move the file aside (e.g. mv ${path} ${path}.broken) to start with an empty database, or restore it from a backup`,
      );
    }
    if (tables.size === 0) return;
    const ours = ['version', 'name', 'applied_at'];
    const foreign = (why: string) =>
      new DatabaseRefused(
        path,
        `holds another application's database (${why}), which the bot will not migrate into`,
        'point DATABASE_PATH at a new file (such as data/tariffs-bot.sqlite); the bot creates it',
      );
    if (!tables.has('schema_migrations') || !ours.every((c) => columns.includes(c)))
      throw foreign(
        `tables ${[...tables].slice(0, 5).join(', ')}${tables.size > 5 ? ', …' : ''} and none of the bot's`,
      );
    const known = new Map(list.map((m) => [m.version, m]));
    for (const row of claimed) {
      const m = known.get(row.version);
      if (m && m.name !== row.name)
        throw foreign(`its schema_migrations names version ${row.version} "${row.name}", not "${m.name}"`);
    }
    for (const row of claimed) {
      const m = known.get(row.version);
      const missing = m ? tablesCreatedBy(m).filter((t) => !tables.has(t)) : [];
      if (missing.length)
        throw new DatabaseRefused(
          path,
          `claims migration ${row.version} (${row.name}) in schema_migrations, but its table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
          `restore the file from a backup, or move it aside (e.g. mv ${path} ${path}.broken) to start with an empty database`,
        );
    }
  } finally {
    db.close();
  }
}

/** The tables a migration's SQL creates, read from its CREATE TABLE statements. */
export function tablesCreatedBy(m: Migration): string[] {
  return [...m.sql.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/gi)].map((x) => x[1]!);
}
