import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Citation, Item, Reply, Section } from '../../core/reply';

/** Discord's documented embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

const COLOUR = { answer: 0x2f6fdb, error: 0xd83c3e } as const;
const SHORTENED = '… (shortened: the full answer is longer than one Discord message holds)';
/** Room kept so that, when an answer is cut inside a run of points from one source, that source is still shown. */
const SOURCE_RESERVE = 400;

/**
 * Dataset and user text shown safely: markdown characters escaped, and mention syntax broken
 * with a zero-width space so that even a client ignoring allowed_mentions shows plain text.
 * (discord.js's escapeMarkdown is not used: it takes about a second on a 14 KB string.)
 * Text longer than any embed can hold is cut first, so escaping never works on more than that.
 * Backticks are kept: the core marks commands as `code` (`help who`), and a code span can
 * neither ping nor link.
 */
export function safeText(s: string): string {
  return s
    .slice(0, LIMITS.description + 1)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\*_~|[\]]/g, '\\$&')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<([@#]|\/)/g, '<\u200b$1');
}

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function sourceLink(c: Citation): string {
  const title = safeText(c.title.replace(/[[\]]/g, ''));
  const linkable = c.url && /^https?:\/\/[^\s()<>]+$/.test(c.url);
  const head = linkable ? `[${title}](${c.url})` : title;
  return [head, c.outlet ? safeText(c.outlet) : null, c.published].filter(Boolean).join(' · ');
}

function sourceLine(item: Item): string | null {
  return item.citations.length ? `-# — ${item.citations.map(sourceLink).join('; ')}` : null;
}

/** An item's lines; its source line is passed in, as consecutive items from one source share it. */
function itemLines(item: Item, source: string | null): string {
  const sources = source ? [source] : [];
  switch (item.type) {
    case 'text':
      return [`• ${safeText(item.text)}`, ...sources].join('\n');
    case 'field':
      return [`**${safeText(item.label)}**: ${safeText(item.value)}`, ...sources].join('\n');
    case 'quote': {
      const flat = safeText(item.text.replace(/\s+/g, ' '));
      const said = item.kind === 'direct' ? `“${flat}”` : `(reported) ${flat}`;
      const when = item.date ? `, ${item.date}` : '';
      return [`> ${said}`, `> — *${safeText(item.speaker)}*${when}`, ...sources].join('\n');
    }
  }
}

/** A section of nothing but short label/value pairs reads best as embed fields. */
function asFields(section: Section): APIEmbedField[] | null {
  if (section.items.length === 0 || section.items.length > LIMITS.fields) return null;
  const fields: APIEmbedField[] = [];
  for (const item of section.items) {
    if (item.type !== 'field' || item.citations.length) return null;
    fields.push({
      name: cut(safeText(item.label), LIMITS.fieldName),
      value: cut(safeText(item.value) || '—', LIMITS.fieldValue),
    });
  }
  return fields;
}

type Block =
  /** `deferredSource`: the source line this item shares with the items after it, shown after them. */
  | { kind: 'text'; text: string; deferredSource?: string }
  | { kind: 'fields'; heading: string | null; fields: APIEmbedField[] };

function blocks(reply: Reply): Block[] {
  const out: Block[] = [];
  if (reply.lead) out.push({ kind: 'text', text: safeText(reply.lead) });
  for (const section of reply.sections) {
    const heading = section.heading ? `**${safeText(section.heading)}**` : null;
    const fields = asFields(section);
    if (fields) {
      out.push({ kind: 'fields', heading, fields });
      continue;
    }
    if (heading) out.push({ kind: 'text', text: heading });
    // A run of items from the same sources is cited once, after its last item, rather than
    // repeating the same line under every point.
    const lines = section.items.map(sourceLine);
    section.items.forEach((item, i) => {
      const line = lines[i] ?? null;
      const last = line !== lines[i + 1];
      out.push({
        kind: 'text',
        text: itemLines(item, last ? line : null),
        ...(!last && line ? { deferredSource: line } : {}),
      });
    });
  }
  if (reply.suggestions.length) {
    out.push({
      kind: 'text',
      text: `Try: ${reply.suggestions.map((s) => `\`/tariffs ${s.replace(/`/g, "'")}\``).join(', ')}`,
    });
  }
  // Notes as small print under the answer rather than in the footer, which shows no markdown.
  if (reply.notes.length) {
    out.push({
      kind: 'text',
      text: reply.notes.map((n) => `-# ${safeText(n.replace(/\s+/g, ' '))}`).join('\n'),
    });
  }
  return out;
}

function footer(reply: Reply): string | null {
  return reply.page ? `Page ${reply.page.page} of ${reply.page.pages}` : null;
}

const embedSize = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/**
 * Fills embeds in order within Discord's limits: text goes in a description, fields after it,
 * and a new embed starts when one is full (or text follows fields, which would render above
 * them). Every add is charged to one budget for the whole message; an add that does not fit
 * returns false, and the caller stops there.
 */
class EmbedPacker {
  readonly embeds: APIEmbed[];
  private current: APIEmbed;

  constructor(
    first: APIEmbed,
    private readonly colour: number,
    /** Characters left of the message's total. */
    private budget: number,
  ) {
    this.embeds = [first];
    this.current = first;
    this.budget -= first.title?.length ?? 0;
  }

  private next(): boolean {
    if (this.embeds.length >= LIMITS.embeds) return false;
    this.current = { color: this.colour };
    this.embeds.push(this.current);
    return true;
  }

  addText(text: string): boolean {
    const desc = this.current.description ?? '';
    const sep = desc ? '\n\n' : '';
    if (this.current.fields?.length || desc.length + sep.length + text.length > LIMITS.description) {
      if (desc || this.current.fields?.length) return this.next() && this.addText(text);
      text = cut(text, LIMITS.description);
    }
    if (text.length + sep.length > this.budget) return false;
    this.current.description = desc + sep + text;
    this.budget -= text.length + sep.length;
    return true;
  }

  /** Adds text paid for by `reserve` characters kept aside from the start. */
  addFromReserve(text: string, reserve: number): boolean {
    this.budget += reserve;
    return this.addText(text);
  }

  addFields(heading: string | null, fields: APIEmbedField[]): boolean {
    if (heading && !this.addText(heading)) return false;
    for (const f of fields) {
      if ((this.current.fields?.length ?? 0) >= LIMITS.fields && !this.next()) return false;
      const size = f.name.length + f.value.length;
      if (size > this.budget) return false;
      this.current.fields = [...(this.current.fields ?? []), f];
      this.budget -= size;
    }
    return true;
  }
}

/**
 * A Reply as Discord embeds: one embed while it fits, more (up to 10) when it does not, and
 * a visible "shortened" note rather than a rejected message when even that is not enough.
 * The page number and the shortened note go in the last embed's footer.
 */
export function renderEmbeds(reply: Reply): APIEmbed[] {
  const colour = COLOUR[reply.kind];
  const foot = footer(reply);
  // Room kept for the footer and the shortened note, so adding them can never break the total.
  const packer = new EmbedPacker(
    { title: cut(safeText(reply.title), LIMITS.title), color: colour },
    colour,
    LIMITS.total - (foot?.length ?? 0) - SHORTENED.length - 4 - SOURCE_RESERVE,
  );
  let shortened = false;
  let uncited: string | null = null;
  for (const b of blocks(reply)) {
    const ok = b.kind === 'text' ? packer.addText(b.text) : packer.addFields(b.heading, b.fields);
    if (!ok) {
      shortened = true;
      break;
    }
    uncited = b.kind === 'text' ? (b.deferredSource ?? null) : null;
  }
  // Cut inside a run that shares one source line: show that line, so no point goes uncited.
  if (shortened && uncited) {
    packer.addFromReserve(cut(uncited, SOURCE_RESERVE - 2), SOURCE_RESERVE);
  }
  const { embeds } = packer;
  const last = embeds[embeds.length - 1]!;
  // The shortened note is kept whole: it is the one thing the reader must not miss.
  const footText = shortened
    ? [foot ? cut(foot, LIMITS.footer - SHORTENED.length - 3) : null, SHORTENED].filter(Boolean).join(' · ')
    : foot;
  if (footText) last.footer = { text: footText };
  return embeds.filter((e, i) => i === 0 || embedSize(e) > 0);
}

/** Every character Discord counts against the 6,000 limit, for tests and logs. */
export function totalEmbedSize(embeds: APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedSize(e), 0);
}
