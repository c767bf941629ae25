import type { TariffEvent } from '../article';
import { capitalize, ordinal } from './format';
import { flat, headlineOf, MAX } from './headline';

/**
 * An event's title in a briefing: the headline of the report that dates it (headline.ts), else
 * of another report of it, else its kind, people and place ("Akazawa–Lutnick talks in Washington").
 */
export function eventHeadline(e: TariffEvent): string {
  const sentence = sentenceOf(e);
  // A title that is already short and no report's sentence was written as a title: keep it.
  if (sentence === null) return capitalize(flat(e.title));
  const first = headlineOf(sentence, e.participants);
  if (first) return first;
  // The title's sentence is a quote or a fragment: another report of the event may say it plainly.
  for (const m of e.mentions.slice(0, OTHER_REPORTS)) {
    const other = flat(m.sentence);
    // A report that names the event inside a quote ("the July 22 agreement") is about something else.
    if (other === sentence || /["“”]/.test(other)) continue;
    const h = headlineOf(other, e.participants);
    if (h) return h;
  }
  return kindHeadline(e);
}

/** Reports read for a headline when the first gives none: a few, as a widely reported event has hundreds. */
const OTHER_REPORTS = 6;

/**
 * The reporting sentence whole: the stored title is that sentence, cut short when it is long; a
 * mention holds all of it.
 */
function sentenceOf(e: TariffEvent): string | null {
  const title = flat(e.title);
  const head = title.endsWith('…') ? title.slice(0, -1) : title;
  for (const m of e.mentions) {
    // Most reports of a widely reported event are other sentences: rule them out before any copy.
    if (m.sentence.trimStart().charCodeAt(0) !== head.charCodeAt(0) || m.sentence.length < head.length)
      continue;
    const s = flat(m.sentence);
    if (s.startsWith(head)) return s;
  }
  if (head.length <= MAX) return null;
  return e.mentions[0] ? flat(e.mentions[0].sentence) : head;
}

const TAKE_PART = new Set<TariffEvent['type']>([
  'round',
  'meeting',
  'call',
  'trip',
  'summit',
  'agreement',
  'letter',
]);

const KIND: Record<TariffEvent['type'], string> = {
  round: 'talks',
  meeting: 'talks',
  call: 'phone call',
  trip: 'trip',
  summit: 'summit',
  letter: 'letter',
  order: 'executive order',
  agreement: 'agreement',
  deadline: 'deadline',
  election: 'election',
  other: 'development',
};

/** "Akazawa–Lutnick talks in Washington", "Fifth round of talks in Washington", "Trump letter". */
export function kindHeadline(e: TariffEvent): string {
  // Those named with a deadline, an election or an order did not hold it; they name no such event.
  const who = (TAKE_PART.has(e.type) ? e.participants : [])
    .slice(0, 3)
    .map((p) => p.split(' ').pop())
    .join('–');
  const kind = e.type === 'meeting' && e.participants.length < 2 ? 'meeting' : KIND[e.type];
  const where = e.place ? ` ${e.type === 'trip' ? 'to' : 'in'} ${e.place}` : '';
  const what = who ? `${who} ${kind}` : e.round !== null ? `${ordinal(e.round)} round of talks` : kind;
  return capitalize(`${what}${where}`);
}
