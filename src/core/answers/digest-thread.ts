import { answer, type Reply, type Section } from '../reply';
import { type DigestContent, OTHER_REPORTS, RATES_HEADING } from './digest';
import { countOf } from './quote-list';

/**
 * A digest as a thread: one short parent the channel sees, and the details as replies under it.
 * A busy channel then shows one line per day, and whoever wants the details opens the thread.
 */
export interface DigestThread {
  parent: Reply;
  /** In the order they are posted; each is one reply (a platform may split a long one). */
  details: Reply[];
}

/** Rate changes shown in the parent itself; more go to a reply of their own. */
export const PARENT_RATE_CHANGES = 5;
/** Development replies per thread; the rest are named in a closing note (`digest 24h` has them). */
export const MAX_DEVELOPMENT_REPLIES = 10;

export interface DigestThreadInput {
  /** "Daily digest: new since …", as the single-message digest is titled. */
  title: string;
  content: DigestContent;
  /** The channel's filter in words, or null. */
  filter: string | null;
  /** Notes of the single-message digest (undated articles…), shown under the parent. */
  notes: readonly string[];
}

/**
 * The parent (the newest development as headline, how many developments and articles, the rate
 * changes) and one reply per development, newest first. Pure: the scheduler posts the parts and
 * keeps each exactly once.
 */
export function digestThread(input: DigestThreadInput): DigestThread {
  const { content } = input;
  const rates = content.sections.find((s) => s.heading === RATES_HEADING) ?? null;
  const developments = content.sections.filter((s) => s !== rates);
  // Reports tied to no development come last and make no headline.
  const newest = developments[0]?.heading ?? null;
  const headline = newest && !newest.startsWith(OTHER_REPORTS) ? newest : null;
  const counts = `${countOf(content.developments, 'development')}, ${countOf(content.fresh.length, 'new article')}`;
  const shownRates = rates ? rates.items.slice(0, PARENT_RATE_CHANGES) : [];
  const moreRates = rates ? rates.items.length - shownRates.length : 0;
  const parent = answer({
    title: input.title,
    lead: `${headline ? `Newest: ${headline}. ` : ''}${counts}${input.filter ? ` (filter: ${input.filter})` : ''}; the details are in the thread.`,
    sections: shownRates.length ? [{ heading: RATES_HEADING, items: shownRates }] : [],
    notes: [
      ...(moreRates > 0 ? [`${countOf(moreRates, 'more rate change')} in the thread.`] : []),
      ...input.notes,
    ],
  });
  const details: Reply[] = [];
  if (rates && moreRates > 0) details.push(detail(rates, []));
  const kept = developments.slice(0, MAX_DEVELOPMENT_REPLIES);
  const left = developments.length - kept.length;
  kept.forEach((section, i) => {
    const last = i === kept.length - 1;
    details.push(
      detail(
        section,
        last && left > 0
          ? [`${countOf(left, 'more development')} not shown here: \`digest 24h\` shows all of it.`]
          : [],
      ),
    );
  });
  return { parent, details };
}

/** One section as a reply of its own, titled by its heading. */
const detail = (section: Section, notes: string[]): Reply =>
  answer({
    title: section.heading ?? OTHER_REPORTS,
    sections: [{ heading: null, items: section.items }],
    notes,
  });
