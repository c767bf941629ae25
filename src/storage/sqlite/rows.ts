import { z } from 'zod';
import { rowMapping } from '../sql/rows';

/** SQLite's rows: instants as ISO text (which sorts as time does), flags as 0/1. */
export const sqliteRows = rowMapping({
  instant: z.iso.datetime().transform((s) => new Date(s)),
  flag: z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1),
  writeInstant: (at) => at.toISOString(),
  writeFlag: (on) => (on ? 1 : 0),
});
