import type { DispatchResult } from '../../app/dispatch';
import { joinWords } from '../../app/words';
import type { PageInfo, Reply, Section } from '../../core/reply';

/**
 * The command a one-shot's arguments spell. `ask -- "who akazawa"` (the whole command quoted as
 * one argument, as people paste it) is command text, read as the console reads a typed line;
 * `ask -- who "Ryosei Akazawa"` is words the shell has split already, and a word with spaces in
 * it stays one word.
 */
export function commandText(args: readonly string[]): string {
  const [first, ...rest] = args;
  const text =
    first !== undefined && /\s/.test(first.trim())
      ? [first.trim(), joinWords(rest)].join(' ').trim()
      : joinWords([...args]);
  // `--page=2` as command-line flags are often written; the dispatcher reads `--page 2`.
  return text.replace(/(^|\s)--page=(\S+)/gi, '$1--page $2');
}

/** True when the command text asks for one page itself (`--page N`). */
export const asksForPage = (text: string): boolean => /(^|\s)--page(\s|=|$)/i.test(text);

/** A one-shot cannot take `more`: the next page is the same command with `--page N`. */
export const pageFlagHint = (page: PageInfo): string => `add \`--page ${page.page + 1}\` for the next page`;

/** More pages than any answer of the corpus has; a guard against a page link that loops. */
const MAX_PAGES = 500;

/**
 * Asks `text` and follows the answer's pages to the last, since a one-shot cannot take `more`:
 * the result is one reply holding every page's items, with no page footer. A section continued
 * on the next page (its heading repeated there) is joined back into one. The first non-answer
 * on a later page stops the walk and is returned as it is.
 */
export async function askEveryPage(
  ask: (text: string) => Promise<DispatchResult>,
  text: string,
): Promise<DispatchResult> {
  const first = await ask(text);
  if (first.status !== 'ok' || !first.reply.page) return first;
  const sections: Section[] = first.reply.sections.map(copySection);
  let next = first.reply.page.next;
  for (let n = 1; next && n < MAX_PAGES; n++) {
    const more = await ask(next);
    if (more.status !== 'ok') return more;
    appendSections(sections, more.reply.sections);
    next = more.reply.page?.next ?? null;
  }
  const reply: Reply = { ...first.reply, sections, page: null };
  return { ...first, reply };
}

const copySection = (s: Section): Section => ({ ...s, items: [...s.items] });

/**
 * Joins a later page's sections to those so far. A command may page its sections side by side
 * (`who`: direct and reported quotes, some of each per page), so a headed section joins the last
 * one of that heading wherever it is; an unheaded one only continues an unheaded last section.
 */
function appendSections(into: Section[], page: readonly Section[]): void {
  for (const section of page) {
    const same =
      section.heading === null
        ? into.at(-1)?.heading === null
          ? into.at(-1)
          : undefined
        : into.findLast((s) => s.heading === section.heading);
    if (same) same.items.push(...section.items);
    else into.push(copySection(section));
  }
}
