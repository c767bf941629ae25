import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered and append-only: a released migration is never edited, a change is a new one. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions and digest runs',
    sql: `
      CREATE TABLE subscriptions (
        id            TEXT PRIMARY KEY,
        platform      TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'console')),
        channel_id    TEXT NOT NULL,
        time          TEXT NOT NULL,
        timezone      TEXT NOT NULL,
        filter_person TEXT,
        filter_topic  TEXT,
        quiet         INTEGER NOT NULL DEFAULT 0 CHECK (quiet IN (0, 1)),
        status        TEXT NOT NULL CHECK (status IN ('active', 'paused', 'removed')),
        status_reason TEXT,
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      -- One live subscription per channel; removed ones stay for their run history.
      CREATE UNIQUE INDEX subscriptions_one_per_channel
        ON subscriptions (platform, channel_id) WHERE status <> 'removed';

      CREATE TABLE digest_runs (
        id              TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        platform        TEXT NOT NULL,
        channel_id      TEXT NOT NULL,
        scheduled_at    TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
        message_id      TEXT,
        attempts        INTEGER NOT NULL DEFAULT 0,
        owner           TEXT,
        lease_until     TEXT,
        covers_until    TEXT NOT NULL,
        detail          TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        -- The claim: a second process inserting the same run gets a conflict, not a second send.
        UNIQUE (subscription_id, scheduled_at)
      );
      CREATE INDEX digest_runs_claimed ON digest_runs (lease_until) WHERE state = 'claimed';
      CREATE INDEX digest_runs_sent ON digest_runs (subscription_id, scheduled_at) WHERE state = 'sent';
    `,
  },
  {
    version: 2,
    name: 'article arrivals',
    sql: `
      CREATE TABLE article_arrivals (
        article_id    TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL
      );
      CREATE INDEX article_arrivals_seen ON article_arrivals (first_seen_at);
    `,
  },
  {
    version: 3,
    name: 'digests in threads (per subscription)',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN threaded INTEGER NOT NULL DEFAULT 1 CHECK (threaded IN (0, 1));
    `,
  },
];

/**
 * Applies the migrations this database lacks, each in its own transaction. IMMEDIATE takes the
 * write lock before reading the version, so two processes starting together apply each once.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied: number[] = [];
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (done) return false;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      return true;
    });
    if (apply.immediate()) applied.push(m.version);
  }
  return applied;
}
