import { z } from 'zod';
import { rowMapping } from '../sql/rows';

/** Rows as node-postgres returns them and takes them: timestamptz ↔ Date, boolean ↔ boolean. */
export const pgRows = rowMapping({
  instant: z.date(),
  flag: z.boolean(),
  writeInstant: (at) => at,
  writeFlag: (on) => on,
});
