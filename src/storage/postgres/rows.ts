import { z } from 'zod';
import { rowSchemas } from '../rows';

/** Rows as node-postgres returns them: timestamptz → Date, boolean → boolean. */
export const { subscriptionRow: pgSubscriptionRow, runRow: pgRunRow } = rowSchemas({
  instant: z.date(),
  flag: z.boolean(),
});

export const articleIdRows = z.array(z.object({ article_id: z.string() }));
