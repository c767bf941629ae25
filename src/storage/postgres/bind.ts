import type { RowValues } from '../sql/rows';

/**
 * node-postgres takes numbered parameters ($1, $2 …); the shared statements name theirs (@name).
 * Each name gets one number, however often the statement uses it.
 */
export function bindNamed(sql: string, values: RowValues = {}): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/@([a-z_]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`statement parameter @${name} has no value`);
    let n = order.indexOf(name);
    if (n < 0) n = order.push(name) - 1;
    return `$${n + 1}`;
  });
  return { text, values: order.map((name) => values[name]) };
}
