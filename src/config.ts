import { z } from 'zod';
import { firstShardIdNotBelow, SHARD_IDS_PATTERN, type ShardPlan, shardPlan } from './cluster/shards';
import { NOW_FORMATS, parseNow } from './core/replay-clock';
import { resolveTimeZone } from './core/schedule/time-zones';

/** An empty string in the environment means "not set", as in most .env tooling. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/**
 * Numbers are written in decimal digits only: Number() would also take "0x9927" (39207), "1e3"
 * and "0b1", which no operator means as a port or a count.
 */
const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,15}$/, { message: `must be a whole number in decimal digits, ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * The digest zone follows the rule `subscribe … <zone>` follows (resolveTimeZone): an IANA name
 * or a city; an abbreviation such as EST is refused, as ICU reads it as a fixed offset.
 */
const timeZone = z.string().transform((typed, ctx) => {
  const zone = resolveTimeZone(typed);
  if (zone.ok) return zone.value;
  ctx.addIssue({ code: 'custom', message: `is not usable: ${zone.message}` });
  return z.NEVER;
});

/**
 * A DATABASE_URL that would pass the prefix check and then fail in the driver with a bare
 * "Invalid URL" (a port out of range, a # or @ in the password not percent-encoded). Spaces and a
 * host left empty for a Unix socket (postgres://user@/db?host=/run/postgresql) are the driver's
 * to accept, as it does.
 */
const parsesAsUrl = (value: string): boolean => {
  try {
    new URL(value.replace(/ /g, '%20').replace('@/', '@localhost/'));
    return true;
  } catch {
    return false;
  }
};

/** NOW=2025-07-25 replays the folder as if on that day (src/core/replay-clock.ts). */
const instant = z.string().transform((typed, ctx) => {
  const at = parseNow(typed);
  if (at) return at;
  ctx.addIssue({ code: 'custom', message: `must be ${NOW_FORMATS}` });
  return z.NEVER;
});

const url = z.url({ message: 'must be a URL such as http://127.0.0.1:3999/api/' });

// The messages never repeat the value: it holds the password.
const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
  .refine(parsesAsUrl, {
    message:
      'is not a valid URL (value not shown, it holds a password): check the host and port, and percent-encode characters such as @ : / ? # in the user name or password',
  });

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const configSchema = z
  .object({
    SEEDS_DIR: optional(z.string()),
    INGEST_THREADS: optional(decimal(0, 64)),
    DATASET_CACHE_DIR: optional(z.string()),
    SLACK_BOT_TOKEN: optional(z.string()),
    SLACK_SIGNING_SECRET: optional(z.string()),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith('xapp-', { message: 'must start with xapp- (an app-level token)' }),
    ),
    SLACK_API_URL: optional(url),
    SLACK_INSTALLER_USER_IDS: optional(
      z.string().regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/, {
        message: 'must be Slack user ids separated by commas, e.g. U012AB3CD,U045EF6GH',
      }),
    ),
    PORT: optional(decimal(0, 65535)),
    DISCORD_TOKEN: optional(z.string()),
    DISCORD_APPLICATION_ID: optional(
      z.string().regex(/^\d{5,25}$/, { message: 'must be a numeric snowflake id' }),
    ),
    DISCORD_API_URL: optional(url),
    DISCORD_READ_MESSAGES: optional(z.enum(['true', 'false'])),
    DATABASE_PATH: optional(z.string()),
    DATABASE_URL: optional(databaseUrl),
    LOG_LEVEL: optional(logLevel),
    DIGEST_TIMEZONE: optional(timeZone),
    DIGEST_GRACE_MINUTES: optional(decimal(0, 24 * 60)),
    SHARD_IDS: optional(
      z.string().regex(SHARD_IDS_PATTERN, { message: 'must list shard numbers, such as 0,1 or 0-3' }),
    ),
    SHARD_COUNT: optional(decimal(1, 100_000)),
    NOW: optional(instant),
  })
  .superRefine((env, ctx) => {
    const requireWith = (needed: keyof typeof env, because: keyof typeof env) => {
      if (env[because] !== undefined && env[needed] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [needed],
          message: `${needed} is required when ${because} is set`,
        });
      }
    };
    requireWith('SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN');
    requireWith('SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET');
    requireWith('SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN');
    requireWith('DISCORD_APPLICATION_ID', 'DISCORD_TOKEN');
    requireWith('DISCORD_TOKEN', 'DISCORD_APPLICATION_ID');
    requireWith('SHARD_COUNT', 'SHARD_IDS');
    // Checked before any range is expanded: "0-4000000000" would be four billion numbers.
    const tooHigh =
      env.SHARD_IDS !== undefined && env.SHARD_COUNT !== undefined
        ? firstShardIdNotBelow(env.SHARD_IDS, env.SHARD_COUNT)
        : null;
    if (tooHigh !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['SHARD_IDS'],
        message: `SHARD_IDS must be below SHARD_COUNT (${env.SHARD_COUNT}): shards are numbered from 0, and ${tooHigh} is not`,
      });
    }
  });

type Env = z.infer<typeof configSchema>;

export interface Config {
  seedsDir: string;
  slack: {
    botToken: string;
    signingSecret: string;
    appToken: string | null;
    apiUrl: string | null;
    /** Users who installed the app: they may manage channel subscriptions like admins. */
    installerUserIds: string[];
  } | null;
  port: number;
  discord: { token: string; applicationId: string; apiUrl: string | null; readMessages: boolean } | null;
  /** Worker threads that parse the seeds; null: one per CPU but one (at most 8), 0 or 1: none. */
  ingestThreads: number | null;
  /** Where the parsed dataset is kept between runs; null (DATASET_CACHE_DIR=none): not kept. */
  datasetCacheDir: string | null;
  databasePath: string;
  databaseUrl: string | null;
  logLevel: string;
  digestTimezone: string;
  digestGraceMinutes: number;
  /** Discord gateway shards this process runs (SHARD_IDS of SHARD_COUNT); null: discord.js decides. */
  discordShards: ShardPlan | null;
  /** NOW: the instant the bot's clock starts from, to replay a folder as if on that day; null: the real time. */
  now: Date | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, at start-up; every message names the variable it is about. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return toConfig(parseEnv(configSchema, env));
}

function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}

function toConfig(env: Env): Config {
  return {
    seedsDir: env.SEEDS_DIR ?? 'seeds',
    slack:
      env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
        ? {
            botToken: env.SLACK_BOT_TOKEN,
            signingSecret: env.SLACK_SIGNING_SECRET,
            appToken: env.SLACK_APP_TOKEN ?? null,
            apiUrl: env.SLACK_API_URL ?? null,
            installerUserIds: (env.SLACK_INSTALLER_USER_IDS ?? '')
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean),
          }
        : null,
    port: env.PORT ?? 3000,
    discord:
      env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID
        ? {
            token: env.DISCORD_TOKEN,
            applicationId: env.DISCORD_APPLICATION_ID,
            apiUrl: env.DISCORD_API_URL ?? null,
            readMessages: env.DISCORD_READ_MESSAGES === 'true',
          }
        : null,
    ingestThreads: env.INGEST_THREADS ?? null,
    datasetCacheDir: env.DATASET_CACHE_DIR === 'none' ? null : (env.DATASET_CACHE_DIR ?? 'data/cache'),
    databasePath: env.DATABASE_PATH ?? 'data/tariffs-bot.sqlite',
    databaseUrl: env.DATABASE_URL ?? null,
    logLevel: env.LOG_LEVEL ?? 'info',
    digestTimezone: env.DIGEST_TIMEZONE ?? 'UTC',
    digestGraceMinutes: env.DIGEST_GRACE_MINUTES ?? 120,
    discordShards: shardPlan(env.SHARD_IDS, env.SHARD_COUNT),
    now: env.NOW ?? null,
  };
}

/**
 * The digest worker (src/cluster/digest-worker.ts): a digests-only process against a shared
 * PostgreSQL. It posts and receives nothing, so of each platform it needs only the token (and,
 * for tests, the API address). The WORKER_* variables tune it; a shared fast clock lets the
 * chaos run and the benches run days in minutes.
 */
export const workerConfigSchema = z.object({
  DATABASE_URL: databaseUrl,
  SEEDS_DIR: optional(z.string()),
  SLACK_BOT_TOKEN: optional(z.string()),
  SLACK_API_URL: optional(url),
  DISCORD_TOKEN: optional(z.string()),
  DISCORD_API_URL: optional(url),
  LOG_LEVEL: optional(logLevel),
  DIGEST_GRACE_MINUTES: optional(decimal(0, 24 * 60)),
  /** How often the scheduler looks for due runs, in real milliseconds. */
  WORKER_TICK_MS: optional(decimal(10, 24 * 60 * 60_000)),
  WORKER_LEASE_MS: optional(decimal(1, 24 * 60 * 60_000)),
  /** Overrides DIGEST_GRACE_MINUTES in virtual milliseconds (for the fast clock). */
  WORKER_GRACE_MS: optional(decimal(0, 7 * 24 * 60 * 60_000)),
  WORKER_CONCURRENCY: optional(decimal(1, 10_000)),
  /** A shared fast clock: virtual ISO start, the real epoch ms it maps to, and a speed factor. */
  WORKER_CLOCK_START: optional(z.iso.datetime()),
  WORKER_CLOCK_REAL_START: optional(decimal(0, 10 ** 15)),
  WORKER_CLOCK_SPEED: optional(z.coerce.number().positive()),
});

export interface WorkerConfig {
  databaseUrl: string;
  seedsDir: string;
  logLevel: string;
  slack: { botToken: string; apiUrl: string | null } | null;
  discord: { token: string; apiUrl: string | null } | null;
  tickMs: number;
  leaseMs: number | null;
  graceMs: number;
  concurrency: number | null;
  /** Null: real time. */
  clock: { start: Date; realStart: number | null } | null;
  /** Virtual milliseconds per real one; waits (back-off, retry-after) follow it. */
  clockSpeed: number;
}

export function loadWorkerConfig(env: Record<string, string | undefined> = process.env): WorkerConfig {
  const e = parseEnv(workerConfigSchema, env);
  return {
    databaseUrl: e.DATABASE_URL,
    seedsDir: e.SEEDS_DIR ?? 'seeds',
    logLevel: e.LOG_LEVEL ?? 'warn',
    slack: e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN, apiUrl: e.SLACK_API_URL ?? null } : null,
    discord: e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN, apiUrl: e.DISCORD_API_URL ?? null } : null,
    tickMs: e.WORKER_TICK_MS ?? 1000,
    leaseMs: e.WORKER_LEASE_MS ?? null,
    graceMs: e.WORKER_GRACE_MS ?? (e.DIGEST_GRACE_MINUTES ?? 120) * 60_000,
    concurrency: e.WORKER_CONCURRENCY ?? null,
    clock: e.WORKER_CLOCK_START
      ? { start: new Date(e.WORKER_CLOCK_START), realStart: e.WORKER_CLOCK_REAL_START ?? null }
      : null,
    clockSpeed: e.WORKER_CLOCK_SPEED ?? 1,
  };
}
