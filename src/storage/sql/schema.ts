import { CHANNEL_PLATFORMS } from '../../platforms/names';

/**
 * The database's tables, described once for SQLite and PostgreSQL alike. Each dialect renders
 * the steps to its own SQL (schema-sql.ts); only the column types and a flag's spelling differ.
 *
 * The steps are the migration history: numbered and append-only. A released step is never
 * edited, a change is a new step, so every database made by an earlier release gets exactly the
 * same tables by applying the steps it lacks.
 */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'instant' | 'flag';
export type Dialect = 'sqlite' | 'postgres';

export interface Column {
  name: string;
  type: ColumnType;
  primaryKey?: true;
  notNull?: true;
  default?: number | boolean;
  /** The only values allowed (a CHECK … IN constraint). */
  oneOf?: readonly string[];
  references?: { table: string; column: string };
}

export interface Table {
  name: string;
  columns: readonly Column[];
  /** A key over several columns. */
  primaryKey?: readonly string[];
  unique?: readonly string[];
}

export interface Index {
  name: string;
  table: string;
  columns: readonly string[];
  unique?: true;
  /** A partial index's condition, in SQL both dialects read the same way. */
  where?: string;
  /** Released for one database only; kept so, since the history is never rewritten. */
  only?: Dialect;
}

export interface SchemaStep {
  version: number;
  name: string;
  tables: readonly Table[];
  indexes: readonly Index[];
  /** Columns added to a table an earlier step made (with a default, so existing rows get one). */
  addColumns?: readonly { table: string; column: Column }[];
  /** A step only one database needs (what PostgreSQL shares between processes). */
  only?: Dialect;
}

/**
 * The one CHECK made from a list that may grow (src/platforms/names.ts). Step 1 renders it with
 * the list of the day; after migrating, each database's migrator brings an older database's
 * constraint in step with the list (platform-check.ts beside each store), so adding a platform
 * needs no migration and never edits a released step.
 */
export const PLATFORM_CHECK = {
  table: 'subscriptions',
  column: 'platform',
  values: CHANNEL_PLATFORMS,
} as const;

const text = (name: string, more: Partial<Column> = {}): Column => ({ name, type: 'text', ...more });
const instant = (name: string, more: Partial<Column> = {}): Column => ({ name, type: 'instant', ...more });
const required = { notNull: true } as const;

export const schemaSteps: readonly SchemaStep[] = [
  {
    version: 1,
    name: 'subscriptions and digest runs',
    tables: [
      {
        name: 'subscriptions',
        columns: [
          text('id', { primaryKey: true }),
          text('platform', { ...required, oneOf: PLATFORM_CHECK.values }),
          text('channel_id', required),
          text('time', required),
          text('timezone', required),
          text('filter_person'),
          text('filter_topic'),
          { name: 'quiet', type: 'flag', ...required, default: false },
          text('status', { ...required, oneOf: ['active', 'paused', 'removed'] }),
          text('status_reason'),
          text('created_by', required),
          instant('created_at', required),
          instant('updated_at', required),
        ],
      },
      {
        name: 'digest_runs',
        columns: [
          text('id', { primaryKey: true }),
          text('subscription_id', { ...required, references: { table: 'subscriptions', column: 'id' } }),
          text('platform', required),
          text('channel_id', required),
          instant('scheduled_at', required),
          text('state', { ...required, oneOf: ['claimed', 'sent', 'failed', 'skipped'] }),
          text('message_id'),
          { name: 'attempts', type: 'integer', ...required, default: 0 },
          text('owner'),
          instant('lease_until'),
          instant('covers_until', required),
          text('detail'),
          instant('created_at', required),
          instant('updated_at', required),
        ],
        // The claim: a second process inserting the same run gets a conflict, not a second send.
        unique: ['subscription_id', 'scheduled_at'],
      },
    ],
    indexes: [
      // One live subscription per channel; removed ones stay for their run history.
      {
        name: 'subscriptions_one_per_channel',
        table: 'subscriptions',
        columns: ['platform', 'channel_id'],
        unique: true,
        where: "status <> 'removed'",
      },
      {
        name: 'subscriptions_active',
        table: 'subscriptions',
        columns: ['created_at', 'id'],
        where: "status = 'active'",
        only: 'postgres',
      },
      {
        name: 'digest_runs_claimed',
        table: 'digest_runs',
        columns: ['lease_until'],
        where: "state = 'claimed'",
      },
      {
        name: 'digest_runs_sent',
        table: 'digest_runs',
        columns: ['subscription_id', 'scheduled_at'],
        where: "state = 'sent'",
      },
    ],
  },
  {
    version: 2,
    name: 'article arrivals',
    tables: [
      {
        name: 'article_arrivals',
        columns: [text('article_id', { primaryKey: true }), instant('first_seen_at', required)],
      },
    ],
    indexes: [{ name: 'article_arrivals_seen', table: 'article_arrivals', columns: ['first_seen_at'] }],
  },
  {
    version: 3,
    name: 'slack request signatures (replay guard shared by every process)',
    only: 'postgres',
    tables: [
      {
        name: 'slack_request_signatures',
        columns: [text('signature', { primaryKey: true }), instant('expires_at', required)],
      },
    ],
    indexes: [
      { name: 'slack_request_signatures_expiry', table: 'slack_request_signatures', columns: ['expires_at'] },
    ],
  },
  {
    version: 4,
    name: 'request budgets shared by every process (platform rate limits)',
    only: 'postgres',
    tables: [
      {
        name: 'rate_windows',
        columns: [
          text('name', required),
          { name: 'second', type: 'bigint', ...required },
          { name: 'used', type: 'integer', ...required },
        ],
        primaryKey: ['name', 'second'],
      },
    ],
    indexes: [],
  },
  {
    version: 5,
    name: 'digests in threads (per subscription)',
    tables: [],
    indexes: [],
    // Existing subscriptions get threads, as a new one does unless it says thread:off.
    addColumns: [
      { table: 'subscriptions', column: { name: 'threaded', type: 'flag', ...required, default: true } },
    ],
  },
];
