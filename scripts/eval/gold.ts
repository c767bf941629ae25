import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { goldRateSchema } from './score-rates';

/** The hand-checked annotations of one corpus article (shape documented in the corpus README). */
export const goldSchema = z.object({
  url: z.string().nullable(),
  outlet: z.string(),
  published: z.string().nullable(),
  events: z.array(
    z.object({
      date: z.string().nullable(),
      what: z.string(),
      round: z.number().int().nullable(),
      participants: z.array(z.string()),
    }),
  ),
  people: z.array(z.string()),
  quotes: z.array(z.object({ speaker: z.string(), text: z.string(), kind: z.literal('direct') })),
  reported: z.array(z.object({ speaker: z.string(), gist: z.string() })),
  boilerplate: z.array(z.string()),
  rates: z.array(goldRateSchema).optional(),
});

export type Gold = z.infer<typeof goldSchema>;

export interface GoldFile {
  id: string;
  gold: Gold;
}

/** Reads every gold/<id>.json; a file that does not match the schema is reported, not fatal. */
export async function loadGold(dir: string): Promise<{ golds: GoldFile[]; problems: string[] }> {
  const golds: GoldFile[] = [];
  const problems: string[] = [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    try {
      const parsed = goldSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (parsed.success) golds.push({ id: basename(name, extname(name)), gold: parsed.data });
      else
        problems.push(
          `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message}`);
    }
  }
  return { golds, problems };
}
