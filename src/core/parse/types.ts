import type { Person, Sentence } from '../article';

/**
 * The contract between the parser's stages. Stage 1 (text: boilerplate, metadata, sentences,
 * people) produces a CleanArticle and a PeopleIndex; stage 2 (speech and events) reads them.
 */

/** An article after boilerplate removal, before quotes and events. */
export interface CleanArticle {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** From the text or authoritative metadata; null when the text gives no basis. */
  published: string | null;
  /** Body with boilerplate lines removed, keeping the article's own characters. */
  body: string;
  paragraphs: string[];
  /** Offsets of each paragraph in `body`. */
  paragraphStarts: number[];
  sentences: Sentence[];
  boilerplate: string[];
  bytes: number;
}

/** A person or speaking organisation named in a text, resolved to its canonical name. */
export interface Mention {
  name: string;
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  /** The words as written ("Mr Trump", "Ryozei Akazawa", "the Treasury chief"). */
  text: string;
}

export interface PeopleIndex {
  /** Every mention of a known person or organisation in `text`, in order. */
  mentions(text: string): Mention[];
  /** Canonical name for a full name, surname, alias or title ("Bessent", "Treasury chief"). */
  resolve(alias: string): string | null;
  person(name: string): Person | undefined;
  all(): Person[];
}
