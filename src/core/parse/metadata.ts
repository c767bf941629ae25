import { z } from 'zod';
import { findFullDate } from './dates';

/**
 * Authoritative metadata an editor can attach to an article: front matter at the top of the
 * file or a `<name>.meta.json` sidecar. Where present it overrides what the text suggests.
 */

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'published is not a real calendar date',
    },
  );

export const metadataSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    outlet: z.string().trim().min(1).optional(),
    // A full timestamp is accepted and cut to its calendar day.
    published: z
      .preprocess(
        (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v),
        isoDay,
      )
      .optional(),
  })
  .loose();

export type Metadata = z.infer<typeof metadataSchema>;

export type MetadataResult = { ok: true; meta: Metadata } | { ok: false; reason: string };

const describe = (error: z.ZodError): string =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

export function parseSidecar(text: string): MetadataResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `metadata sidecar is not valid JSON (${(err as Error).message})` };
  }
  const parsed = metadataSchema.safeParse(json);
  return parsed.success
    ? { ok: true, meta: parsed.data }
    : { ok: false, reason: `bad metadata sidecar: ${describe(parsed.error)}` };
}

export interface FrontMatter {
  meta: Metadata | null;
  /** The text after the front matter block (the whole text when there is none). */
  rest: string;
  /** Where `rest` starts in the text. */
  offset: number;
  problem: string | null;
}

const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/** Other names editors and export tools give the same fields. */
const ALIASES: Record<string, 'title' | 'url' | 'outlet' | 'published'> = {
  headline: 'title',
  source: 'url',
  source_url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
  original_url: 'url',
  permalink: 'url',
  site: 'outlet',
  site_name: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  source_name: 'outlet',
  date: 'published',
  pubdate: 'published',
  published_at: 'published',
  publish_date: 'published',
  date_published: 'published',
  datepublished: 'published',
};

/**
 * The fields under the names the schema knows: an alias fills a field the block does not name
 * itself ("source:" holding a url, "date:"), and a date in any printed form ("July 9, 2025",
 * "2025-07-09 10:32") is cut to its calendar day.
 */
function canonicalFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...fields };
  for (const [key, value] of Object.entries(fields)) {
    const name = ALIASES[key];
    if (!name || out[name] !== undefined || !value) continue;
    if (name === 'url' && !/^https?:\/\//i.test(value)) {
      if (key === 'source') out.outlet ??= value;
      continue;
    }
    out[name] = value;
  }
  const published = out.published;
  if (published && !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(published)) {
    const day = findFullDate(published);
    if (day) out.published = day.iso;
  } else if (published && /^\d{4}-\d{2}-\d{2}\s/.test(published)) out.published = published.slice(0, 10);
  return out;
}

/** Front matter is the small `key: value` subset of YAML that editors write by hand. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = FRONT.exec(text);
  if (!m) return { meta: null, rest: text, offset: 0, problem: null };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    // Items of a YAML list ("tags:" then "  - trade") belong to a field the metadata does not read.
    if (/^\s+\S|^-\s/.test(line)) continue;
    const f = FIELD.exec(line.trim());
    if (!f)
      return {
        meta: null,
        rest: text.slice(m[0].length),
        offset: m[0].length,
        problem: `front matter line not understood: "${line.trim().slice(0, 60)}"`,
      };
    fields[f[1]!.toLowerCase()] = f[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  const parsed = metadataSchema.safeParse(canonicalFields(fields));
  return {
    meta: parsed.success ? parsed.data : null,
    rest: text.slice(m[0].length),
    offset: m[0].length,
    problem: parsed.success ? null : `bad front matter: ${describe(parsed.error)}`,
  };
}
