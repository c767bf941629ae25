/** The typed dataset the parser produces and every answer reads. Dates are ISO calendar days (YYYY-MM-DD). */

export interface Sentence {
  text: string;
  /** Character offsets into Article.body. */
  start: number;
  end: number;
  paragraph: number;
}

export interface Article {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** True when `published` was not in the text but inferred from events other articles date. */
  publishedInferred: boolean;
  /** The article text with boilerplate lines removed; keeps the article's own characters. */
  body: string;
  paragraphs: string[];
  sentences: Sentence[];
  /** Canonical names of the people (persons, not organisations) mentioned in the body. */
  people: string[];
  /** Canonical names of the statement-issuing organisations mentioned in the body. */
  organisations?: string[];
  topics: string[];
  /** Percentages and money amounts as written ("15%", "$550 billion"), for search. */
  figures?: string[];
  /** Lines removed as boilerplate, verbatim. */
  boilerplate: string[];
  /** Size of the raw file in bytes. */
  bytes: number;
}

export type PersonKind = 'person' | 'organisation';

export interface Person {
  name: string;
  aliases: string[];
  role: string | null;
  kind: PersonKind;
}

export type QuoteKind = 'direct' | 'reported';

export interface Quote {
  id: string;
  articleId: string;
  speaker: string | null;
  /** Direct: exactly the characters between the marks. Reported: the reported clause. */
  text: string;
  kind: QuoteKind;
  /** Offsets into Article.body. */
  start: number;
  end: number;
  topics: string[];
}

export type EventType =
  | 'round'
  | 'meeting'
  | 'call'
  | 'trip'
  | 'summit'
  | 'letter'
  | 'order'
  | 'agreement'
  | 'deadline'
  | 'election'
  | 'other';

export interface EventMention {
  articleId: string;
  sentence: string;
}

export interface TariffEvent {
  id: string;
  type: EventType;
  title: string;
  date: string | null;
  /** True when the date had to be inferred rather than read. */
  dateInferred: boolean;
  /** Last day of a multi-day event, when the text gives a range. */
  endDate: string | null;
  round: number | null;
  participants: string[];
  place: string | null;
  /** Scheduled or expected, not yet held, as of the reporting article. */
  planned: boolean;
  articleIds: string[];
  mentions: EventMention[];
}

export type RateStatus =
  | 'threatened'
  | 'announced'
  | 'proposed'
  | 'agreed'
  | 'signed'
  | 'in effect'
  | 'paused'
  | 'revoked'
  /** Charged before and replaced by another rate ("down from 27.5%", "the previous 25%"). */
  | 'superseded';

export interface RateStatement {
  goods: string;
  /** The article's own words for the goods. */
  goodsText: string;
  rate: number;
  status: RateStatus;
  imposedBy: string;
  appliesTo: string;
  effective: string | null;
  said: string | null;
  notes: string[];
  articleIds: string[];
  mentions: EventMention[];
  /** The rate it replaced, when the text says so ("to 15% from 27.5%"). */
  previousRate?: number | null;
  /** How much of `effective` the text gave: "as of Sept. 16" is a day, "in April" a month. */
  effectivePrecision?: 'day' | 'month' | null;
  /** How much of `said` the text gave ("earlier this month" is a month). */
  saidPrecision?: 'day' | 'month' | null;
}

export interface Problem {
  file: string;
  message: string;
}

export interface Dataset {
  articles: Article[];
  people: Person[];
  quotes: Quote[];
  events: TariffEvent[];
  rates: RateStatement[];
  problems: Problem[];
}

export const emptyDataset = (): Dataset => ({
  articles: [],
  people: [],
  quotes: [],
  events: [],
  rates: [],
  problems: [],
});
