import type pg from 'pg';
import { PLATFORM_CHECK } from '../sql/schema';
import { checkInSql, quotedValues, sameValues } from '../sql/schema-sql';

const { table, column } = PLATFORM_CHECK;

/**
 * Brings the platform CHECK of a database made with an older platform list in step with the
 * list (schema.ts PLATFORM_CHECK): the constraint is replaced in one statement, which checks the
 * rows already there. Called under the migration lock; nothing is written when the list matches.
 * True when it replaced the constraint.
 */
export async function syncPlatformCheck(
  client: pg.PoolClient | pg.Client,
  values: readonly string[] = PLATFORM_CHECK.values,
): Promise<boolean> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = to_regclass($1) AND contype = 'c' AND pg_get_constraintdef(oid) ~ $2`,
    [table, `\\m${column}\\M`],
  );
  const current = rows[0];
  if (!current || sameValues(quotedValues(current.def), values)) return false;
  try {
    await client.query(
      `ALTER TABLE ${table} DROP CONSTRAINT ${current.name}, ADD CONSTRAINT ${current.name} ${checkInSql(column, values)}`,
    );
  } catch (err) {
    throw new Error(
      `the digest database has subscriptions on a platform no longer listed in src/platforms/names.ts (${(err as Error).message})`,
    );
  }
  return true;
}
