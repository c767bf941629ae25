import type { Citation, Item, PageInfo, Reply } from '../../core/reply';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  error(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export const colour: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  accent: ansi(36, 39),
  error: ansi(31, 39),
};
export const plain: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s, error: (s) => s };

/** Strips terminal control characters from dataset or user text so nothing can drive the terminal. */
const safe = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

export function formatCitation(c: Citation): string {
  return [c.title, c.outlet, c.published].filter(Boolean).join(' · ');
}

const sourceKey = (item: Item) => item.citations.map((c) => c.articleId).join('|');

function renderSources(item: Item, st: Style): string[] {
  if (!item.citations.length) return [];
  return [`    ${st.dim(`— ${item.citations.map(formatCitation).map(safe).join('; ')}`)}`];
}

function renderItem(item: Item, st: Style): string[] {
  switch (item.type) {
    case 'text':
      return [`  • ${safe(item.text)}`];
    case 'field':
      return [`  ${st.bold(safe(item.label))}: ${safe(item.value)}`];
    case 'quote': {
      const said = item.kind === 'direct' ? `“${safe(item.text)}”` : `(reported) ${safe(item.text)}`;
      const when = item.date ? `, ${item.date}` : '';
      return [`  ${said}`, `    ${st.accent(`— ${safe(item.speaker)}${when}`)}`];
    }
  }
}

/** Items in a row that cite the same sources show the citation once, after the last of them. */
function renderItems(items: Item[], st: Style): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    out.push(...renderItem(item, st));
    const next = items[i + 1];
    if (!next || sourceKey(next) !== sourceKey(item)) out.push(...renderSources(item, st));
  });
  return out;
}

/** How the console says where the next page is: it takes `more`. */
export const typeMore = (_page: PageInfo): string => 'type `more` for the next page';

/**
 * A Reply as terminal text; `style` is colour on a TTY and plain otherwise. `nextHint` says how to
 * get the next page where there is one (the console takes `more`; a one-shot takes `--page N`).
 */
export function renderReply(reply: Reply, st: Style = plain, nextHint = typeMore): string {
  const out: string[] = [];
  const title = safe(reply.title);
  out.push(reply.kind === 'error' ? st.error(st.bold(title)) : st.bold(title));
  if (reply.lead) out.push(safe(reply.lead));
  for (const section of reply.sections) {
    out.push('');
    if (section.heading) out.push(st.accent(safe(section.heading)));
    out.push(...renderItems(section.items, st));
  }
  if (reply.notes.length || reply.suggestions.length) out.push('');
  for (const note of reply.notes) out.push(st.dim(safe(note)));
  if (reply.suggestions.length) out.push(`Try: ${reply.suggestions.map((s) => `\`${safe(s)}\``).join(', ')}`);
  if (reply.page) {
    out.push('');
    const hint = reply.page.next ? ` — ${nextHint(reply.page)}` : '';
    out.push(st.dim(`Page ${reply.page.page} of ${reply.page.pages}${hint}`));
  }
  return out.join('\n');
}
