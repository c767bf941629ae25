import type { TariffEvent } from '../article';
import type { Corpus } from '../corpus';
import { type PageRequest, pageWindow } from '../paging';
import { answer, type Citation, field, type Reply } from '../reply';
import { cite } from './cite';
import { eventHeadline } from './event-headline';
import { formatDayRange, listing, ordinal } from './format';

/** Events show at most this many sources; `sources` lists them all. */
const MAX_CITED = 3;

/** The rounds and key events in date order, each with its date, participants and sources. */
export function timeline(corpus: Corpus, req: PageRequest): Reply {
  const { index } = corpus;
  const total = index.datedEvents;
  if (total === 0) {
    return answer({
      title: 'Timeline',
      lead: 'No dated events were found in the articles.',
      suggestions: ['sources'],
    });
  }
  const w = pageWindow(total, req);
  const items = index.events.slice(w.start, w.end).map((e) => {
    const cited: Citation[] = [];
    for (const id of e.articleIds) {
      const a = index.articleById.get(id);
      if (a) cited.push(cite(a));
      if (cited.length === MAX_CITED) break;
    }
    return field(formatDayRange(e.date!, e.endDate), describe(e), cited);
  });
  const undated = index.events.length - total;
  const rounds = index.roundCount;
  return answer({
    title: 'Timeline of the talks',
    lead: `${total} dated event${total === 1 ? '' : 's'}${rounds ? ` across ${rounds} round${rounds === 1 ? '' : 's'}` : ''}, oldest first.`,
    sections: [{ heading: null, items }],
    page: w.info,
    notes: undated ? [`${undated} event${undated === 1 ? '' : 's'} without a date are left out.`] : [],
  });
}

function describe(e: TariffEvent): string {
  const headline = eventHeadline(e);
  const parts = [headline];
  const title = headline.toLowerCase();
  if (e.round !== null && !title.includes(ordinal(e.round)) && !title.includes(`${e.round}th`)) {
    parts[0] = `${parts[0]} (${ordinal(e.round)} round)`;
  }
  if (e.planned) parts[0] = `${parts[0]} — scheduled`;
  if (e.participants.length) parts.push(listing(e.participants));
  if (e.place && !headline.includes(e.place)) parts.push(e.place);
  return parts.join(' · ');
}
