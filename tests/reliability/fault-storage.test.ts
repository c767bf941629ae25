import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/storage/postgres/postgres-store';
import { migrations } from '../../src/storage/sqlite/migrations';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { postgresWithClient } from '../helpers/postgres';

/**
 * Storage faults at start-up (issue 18, item 6), against the real process (`src/main.ts` in
 * console mode, no tokens, stdin at its end): each bad SQLite file is refused before anything is
 * served, with a message naming DATABASE_PATH, the file, the problem and the fix, and the file is
 * left byte-identical. A file of ours, or an empty one, starts as before.
 */

let root = '';
let seeds = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tariffs-fault-storage-'));
  // Other users (the read-only case runs as `nobody` when the tests run as root) must reach it.
  chmodSync(root, 0o755);
  seeds = join(root, 'seeds');
  mkdirSync(seeds);
  writeFileSync(
    join(seeds, 'talks.txt'),
    "Tariff Talks Resume In Tokyo\n\nTOKYO — Japan's negotiator said on Tuesday that talks on auto tariffs would resume.\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A fresh folder holding one database file made by `make`. */
function databaseIn(name: string, make: (path: string) => void): string {
  const dir = join(root, name);
  mkdirSync(dir);
  chmodSync(dir, 0o777);
  const path = join(dir, 'bot.sqlite');
  make(path);
  return path;
}

function ourDatabase(path: string): void {
  const store = SqliteStore.open(path);
  store.close();
}

/** Runs the bot as it is started in production, bounded in time; resolves with its exit. */
function startBot(databasePath: string, asUid?: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: tmpdir(),
        SEEDS_DIR: seeds,
        DATASET_CACHE_DIR: 'none',
        DATABASE_PATH: databasePath,
        INGEST_THREADS: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(asUid === undefined ? {} : { uid: asUid, gid: asUid }),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function expectRefused(path: string, problem: RegExp, fix: RegExp, asUid?: number) {
  const before = sha(path);
  const { code, output } = await startBot(path, asUid);
  expect(code, output).toBe(1);
  expect(output).toContain('DATABASE_PATH');
  expect(output).toContain(path);
  expect(output).toMatch(problem);
  expect(output).toMatch(/To fix: /);
  expect(output).toMatch(fix);
  expect(sha(path)).toBe(before);
}

describe('a SQLite database that cannot be used is refused at start-up, untouched', {
  timeout: 120_000,
}, () => {
  // Root may write any file: as root, the bot runs as `nobody`, for whom the file is read-only,
  // when `nobody` can read the project (a clone in a private folder cannot be run that way).
  const asUid = process.getuid?.() === 0 ? 65534 : undefined;
  const runnable =
    asUid === undefined ||
    spawnSync(
      process.execPath,
      ['-e', `require('fs').accessSync(${JSON.stringify(resolve('src/main.ts'))})`],
      {
        uid: asUid,
        gid: asUid,
      },
    ).status === 0;
  it.skipIf(!runnable)('a read-only file in a writable folder', async () => {
    const path = databaseIn('read-only', ourDatabase);
    chmodSync(path, 0o444);
    await expectRefused(path, /read-only/, /chmod|writable file/, asUid);
  });

  it("another application's SQLite file (its own tables, none of ours)", async () => {
    const path = databaseIn('foreign', (p) => {
      const db = new Database(p);
      db.exec(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')",
      );
      db.close();
    });
    await expectRefused(path, /another application's database.*notes/, /new file/);
    const db = new Database(path, { readonly: true });
    // Not switched to WAL either (that would have changed the file's header).
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(existsSync(`${path}-wal`)).toBe(false);
    db.close();
  });

  it('a corrupt file', async () => {
    const path = databaseIn('corrupt', (p) => writeFileSync(p, Buffer.alloc(8192, 'not a database at all ')));
    await expectRefused(path, /not a usable SQLite database/, /mv .*broken|backup/);
  });

  it('a schema_migrations table claiming versions whose tables are missing', async () => {
    const path = databaseIn('claims', (p) => {
      ourDatabase(p);
      const db = new Database(p);
      db.exec('DROP TABLE article_arrivals');
      db.pragma('journal_mode = DELETE');
      db.close();
    });
    await expectRefused(path, /claims migration 2 .*article_arrivals is missing/, /backup/);
  });
});

describe('a SQLite database that is ours, or empty, is used as before', { timeout: 120_000 }, () => {
  it('ours, with a subscription', async () => {
    const path = databaseIn('ours', ourDatabase);
    const { code, output } = await startBot(path);
    expect(code, output).toBe(0);
  });

  it('an empty file', async () => {
    const path = databaseIn('empty', (p) => writeFileSync(p, ''));
    const { code, output } = await startBot(path);
    expect(code, output).toBe(0);
    const db = new Database(path, { readonly: true });
    // An empty file is a new database: every step of the schema is applied to it, once.
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(migrations.map((m) => ({ version: m.version })));
    db.close();
  });
});

describe('PostgreSQL: the same judgement before anything is created', { timeout: 180_000 }, () => {
  const pgTest = postgresWithClient();

  const tablesNow = async () =>
    (
      await pgTest.admin.query<{ name: string }>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1',
      )
    ).rows.map((r) => r.name);

  it("refuses another application's tables, and a schema_migrations claiming missing tables", async () => {
    const password = new URL(pgTest.server.url).password;
    await pgTest.admin.query(
      "CREATE TABLE notes (id serial PRIMARY KEY, body text); INSERT INTO notes (body) VALUES ('keep')",
    );
    const foreign = await PostgresStore.open(pgTest.server.url).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(foreign).toMatch(/DATABASE_URL holds another application's database \(tables notes/);
    expect(foreign).toMatch(/To fix: /);
    if (password) expect(foreign).not.toContain(password);
    expect(await tablesNow()).toEqual(['notes']);
    await pgTest.admin.query('DROP TABLE notes');

    // Empty: ours to fill, as before.
    await (await PostgresStore.open(pgTest.server.url)).close();
    await pgTest.admin.query('DROP TABLE article_arrivals');
    const claims = await PostgresStore.open(pgTest.server.url).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(claims).toMatch(
      /claims migration 2 \(.*\) in schema_migrations, but its table article_arrivals is missing/,
    );
    expect(await tablesNow()).not.toContain('article_arrivals');
  });
});
