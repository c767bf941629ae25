import type { Citation, Item, PageInfo, Reply } from '../../core/reply';
import { escapeText } from './escape';
import { splitText, truncate } from './fit';

/** Slack's documented Block Kit limits that this renderer keeps to. */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  fieldsPerSection: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 300,
} as const;

export const ACTION_NEXT = 'tariffs_page_next';
export const ACTION_PREV = 'tariffs_page_prev';

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** Slack must not auto-link names, channels or URLs inside our text. */
  verbatim: true;
}
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary';
}
/**
 * A run of rich text. Unlike mrkdwn, Slack reads its `text` as it is: no `*bold*`, no `<!channel>`
 * or `<@U…>` (mentions and links are elements of their own, which this renderer never makes), so
 * dataset text goes in unescaped and can only be shown.
 */
export interface RichTextRun {
  type: 'text';
  text: string;
  style?: { bold?: true; italic?: true };
}
export type RichTextElement =
  | { type: 'rich_text_quote'; elements: RichTextRun[] }
  | { type: 'rich_text_section'; elements: RichTextRun[] };
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'rich_text'; elements: RichTextElement[] }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'section'; fields: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id: string; elements: Button[] };

/** One Slack message: Block Kit blocks plus the plain fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderOptions {
  /** A reply too long for one message continues in up to this many messages. */
  maxMessages?: number;
}

const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });
const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });

/** Escaped `text` as one or more sections, each within the section limit (`prefix` starts each). */
function sections(escaped: string, prefix = ''): SlackBlock[] {
  // Slack rejects a whole message over one empty text field, so blank pieces are dropped.
  return splitText(escaped, LIMITS.sectionText - prefix.length)
    .filter((piece) => piece.trim() !== '')
    .map((piece) => ({ type: 'section', text: mrkdwn(`${prefix}${piece}`) }));
}

export function citationText(c: Citation): string {
  const title = truncate(escapeText(c.title.trim() || c.articleId.trim() || 'source'), 150);
  const linked =
    c.url && c.url.length <= 1000 && /^https?:\/\/[^\s<>|"]+$/.test(c.url)
      ? `<${escapeText(c.url)}|${title}>`
      : title;
  const rest = [c.outlet, c.published].filter((v): v is string => Boolean(v)).map(escapeText);
  return truncate([linked, ...rest].join(' · '), LIMITS.contextText);
}

/** Sources as a context line, one element each, at most ten (the last then counts the rest). */
function citationContext(citations: Citation[]): SlackBlock[] {
  const seen = new Set<string>();
  const unique = citations.filter((c) => !seen.has(c.articleId) && seen.add(c.articleId));
  if (unique.length === 0) return [];
  const max = LIMITS.contextElements;
  const shown = unique.length > max ? unique.slice(0, max - 1) : unique;
  const elements = shown.map((c) => mrkdwn(citationText(c)));
  if (unique.length > max) elements.push(mrkdwn(`and ${unique.length - shown.length} more sources`));
  return [{ type: 'context', elements }];
}

const run = (text: string, style?: RichTextRun['style']): RichTextRun =>
  style ? { type: 'text', text, style } : { type: 'text', text };

/** Room in a quote's block for its speaker line: a 200-character name, a date, "(reported)". */
const BYLINE_ROOM = 300;

/**
 * A quote as Slack's own quote (a `rich_text_quote`, what its composer makes of `>`), with the
 * speaker, date and "(reported)" under it and its sources after. A quote longer than a block's
 * worth continues in further quote blocks; the speaker line closes the last.
 */
function quoteBlocks(item: Extract<Item, { type: 'quote' }>): SlackBlock[] {
  const said = item.kind === 'direct' ? `“${item.text.trim()}”` : item.text.trim();
  const byline: RichTextRun[] = [
    run('— '),
    run(truncate(item.speaker.trim() || 'unattributed', 200), { bold: true }),
    ...(item.date ? [run(`, ${truncate(item.date, 40)}`)] : []),
    ...(item.kind === 'reported' ? [run(' (reported)', { italic: true })] : []),
  ];
  // Slack refuses an empty text run, so blank pieces are dropped (a blank quote keeps its speaker).
  const pieces = splitText(said, LIMITS.sectionText - BYLINE_ROOM).filter((p) => p.trim() !== '');
  const quotes = pieces.map(
    (piece): RichTextElement => ({ type: 'rich_text_quote', elements: [run(piece)] }),
  );
  const blocks: SlackBlock[] = quotes.map((quote) => ({ type: 'rich_text', elements: [quote] }));
  const bylineSection: RichTextElement = { type: 'rich_text_section', elements: byline };
  const last = blocks.at(-1);
  if (last?.type === 'rich_text') last.elements.push(bylineSection);
  else blocks.push({ type: 'rich_text', elements: [bylineSection] });
  return [...blocks, ...citationContext(item.citations)];
}

type FieldItem = Extract<Item, { type: 'field' }>;

function fieldText(label: string, value: string): string {
  const l = label.trim() ? `*${escapeText(truncate(label.trim(), 200))}*` : '';
  const v = value.trim() ? escapeText(value) : '—';
  return l ? `${l}\n${v}` : v;
}

function fieldBlocks(fields: FieldItem[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    const group = fields.slice(i, i + LIMITS.fieldsPerSection);
    out.push({
      type: 'section',
      fields: group.map((f) => mrkdwn(truncate(fieldText(f.label, f.value), LIMITS.fieldText))),
    });
    out.push(...citationContext(group.flatMap((f) => f.citations)));
  }
  return out;
}

/** A reply's body as units: blocks that belong together (an item and its sources) stay in one message. */
function bodyUnits(reply: Reply): SlackBlock[][] {
  const units: SlackBlock[][] = [];
  if (reply.lead) units.push(sections(escapeText(reply.lead)));
  for (const section of reply.sections) {
    const heading = section.heading?.replace(/\s+/g, ' ').trim();
    if (heading) units.push([{ type: 'section', text: mrkdwn(`*${truncate(escapeText(heading), 300)}*`) }]);
    let fields: FieldItem[] = [];
    const flushFields = () => {
      if (fields.length) units.push(fieldBlocks(fields));
      fields = [];
    };
    for (const item of section.items) {
      if (item.type === 'field') {
        fields.push(item);
        continue;
      }
      flushFields();
      if (item.type === 'quote') units.push(quoteBlocks(item));
      else units.push([...sections(escapeText(item.text)), ...citationContext(item.citations)]);
    }
    flushFields();
  }
  return units.filter((u) => u.length > 0);
}

function pagerBlocks(page: PageInfo): SlackBlock[] {
  const buttons: Button[] = [];
  if (page.prev && page.prev.length <= LIMITS.buttonValue) {
    buttons.push({ type: 'button', action_id: ACTION_PREV, text: plain('Back'), value: page.prev });
  }
  if (page.next && page.next.length <= LIMITS.buttonValue) {
    buttons.push({
      type: 'button',
      action_id: ACTION_NEXT,
      text: plain('More'),
      value: page.next,
      style: 'primary',
    });
  }
  const where: SlackBlock = { type: 'context', elements: [mrkdwn(`Page ${page.page} of ${page.pages}`)] };
  return buttons.length
    ? [where, { type: 'actions', block_id: 'tariffs_pager', elements: buttons }]
    : [where];
}

/** Notes, suggestions and the pager: shown once, at the end of the last message. */
function trailerBlocks(reply: Reply): SlackBlock[] {
  const out: SlackBlock[] = [];
  const notes = reply.notes.filter((n) => n.trim() !== '').map((n) => escapeText(n));
  if (notes.length) {
    const max = LIMITS.contextElements;
    const shown = notes.length > max ? [...notes.slice(0, max - 1), notes.slice(max - 1).join(' ')] : notes;
    out.push({ type: 'context', elements: shown.map((n) => mrkdwn(truncate(n, LIMITS.contextText))) });
  }
  const suggestions = reply.suggestions.filter((n) => n.trim() !== '');
  if (suggestions.length) {
    const tries = suggestions.map((s) => `\`${escapeText(truncate(s, 100))}\``).join(' · ');
    out.push({ type: 'context', elements: [mrkdwn(truncate(`Try: ${tries}`, LIMITS.contextText))] });
  }
  if (reply.page) out.push(...pagerBlocks(reply.page));
  return out;
}

function titleBlock(reply: Reply): SlackBlock {
  const title = reply.title.replace(/\s+/g, ' ').trim() || 'tariffs-bot';
  if (reply.kind === 'error') {
    return { type: 'section', text: mrkdwn(`:warning: *${truncate(escapeText(title), 300)}*`) };
  }
  return { type: 'header', text: plain(truncate(escapeText(title), LIMITS.headerText)) };
}

export function fallbackText(reply: Reply): string {
  const plainText = reply.lead ? `${reply.title} — ${reply.lead}` : reply.title;
  return truncate(escapeText(plainText.replace(/\s+/g, ' ')), LIMITS.fallbackText);
}

/**
 * A Reply as Slack messages. Usually one; a reply longer than one message's 50 blocks continues in
 * further messages (up to `maxMessages`), and anything beyond that is replaced by a line saying
 * how much was left out — never silently dropped.
 */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage[] {
  const maxMessages = Math.max(1, opts.maxMessages ?? 3);
  const trailer = trailerBlocks(reply);
  const messages: SlackBlock[][] = [[titleBlock(reply)]];
  // Room kept free in every message for the trailer and for an "and N more" line.
  const reserve = trailer.length + 1;
  // A unit too big for any message (one enormous text) is itself split into message-sized parts.
  const cap = LIMITS.blocksPerMessage - reserve - 1;
  const units = bodyUnits(reply).flatMap((u) =>
    Array.from({ length: Math.ceil(u.length / cap) }, (_, k) => u.slice(k * cap, (k + 1) * cap)),
  );
  let i = 0;
  for (; i < units.length; i++) {
    const unit = units[i]!;
    let current = messages[messages.length - 1]!;
    if (current.length + unit.length > LIMITS.blocksPerMessage - reserve) {
      if (messages.length >= maxMessages) break;
      current = [];
      messages.push(current);
    }
    current.push(...unit);
  }
  const last = messages[messages.length - 1]!;
  if (i < units.length) {
    const left = units.length - i;
    last.push({
      type: 'context',
      elements: [
        mrkdwn(
          `…and ${left} more ${left === 1 ? 'part' : 'parts'} not shown: this answer is too long for Slack. Try a narrower question.`,
        ),
      ],
    });
  }
  last.push(...trailer);
  const text = fallbackText(reply);
  return messages.map((blocks, n) => ({ text: n === 0 ? text : `${text} (continued)`, blocks }));
}
