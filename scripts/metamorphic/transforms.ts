/**
 * Metamorphic transforms of an article's text: each changes the page the way real pages differ
 * (other names, other quote characters, hard line wraps, page furniture, a timestamp elsewhere)
 * and says how the extraction may change in return (its `mapText`), so a difference beyond that
 * mapping is a rule that fits the files and not news writing.
 */

import { foldDiacritics } from '../../src/core/parse/people/names';

export interface Transformed {
  text: string;
}

/** Letters and combining marks: a name token ends where neither follows. */
const LETTER = '\\p{L}\\p{M}';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each whole-word, case-sensitive occurrence of a key by its value, all in one pass. */
export function replaceTokens(text: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0) return text;
  // Longest keys first, so "Lopez-Garcia" is not read as "Lopez" then "-Garcia".
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![${LETTER}])(?:${keys.join('|')})(?![${LETTER}])`, 'gu');
  return text.replace(pattern, (m) => map.get(m) ?? m);
}

// Name parts of other shapes than the development files': hyphens (lower- and upper-case after
// the hyphen), diacritics of several alphabets, apostrophes, family-name-first syllables.
const FIRST_PARTS = ['Šef', 'Lo', 'Yong', 'Oko', 'Mül', 'Øst', 'Ngu', 'Haš', 'Çe', 'Dąb', 'Fe', 'Zoë'];
const SECOND_PARTS = [
  'čovič',
  'pez-Garcia',
  '-beom',
  'njo-Iweala',
  'ler',
  'ergaard',
  'yễn',
  'imović',
  'lik',
  'rowski',
  'rreira-Lima',
  'ni',
];

/** The n-th replacement name part; distinct for n < 144 and never an English word. */
export function namePart(n: number): string {
  const first = FIRST_PARTS[n % FIRST_PARTS.length]!;
  const second = SECOND_PARTS[Math.floor(n / FIRST_PARTS.length) % SECOND_PARTS.length]!;
  return `${first}${second}`;
}

/** Lower-case particles and titles stay as they are: only the name's own words are renamed. */
const KEEP = /^(?:\p{Ll}.*|.{1,2}|Mr|Ms|Mrs|Dr|Jr|Sr|Bin|Binti|Abdul|Al|El|De|Da|Van|Von|Der)$/u;

/**
 * A consistent renaming of every word of the given people's names: the same word maps to the same
 * replacement wherever it stands, so "Ryosei Akazawa", "Akazawa" and "Akazawa Ryosei" stay one person.
 */
export function renamingOf(names: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of names) {
    for (const word of name.split(/[\s]+/u)) {
      if (KEEP.test(word) || map.has(word)) continue;
      map.set(word, namePart(map.size));
    }
  }
  return map;
}

export type QuoteStyle = 'straight' | 'curly' | 'british';

/**
 * Rewrites double quotation marks in one style: straight ("), curly (“ ”) or British single
 * (‘ ’, with what was single inside a double quote becoming double). Opening and closing are told
 * apart by position within each paragraph, as a reader tells them; apostrophes are left alone.
 */
export function swapQuoteStyle(text: string, style: QuoteStyle): string {
  return text
    .split(/(\n\s*\n)/u)
    .map((para) => {
      let open = false;
      let nestedDepth = 0;
      let out = '';
      for (let i = 0; i < para.length; i++) {
        const ch = para[i]!;
        if (ch === '“' || ch === '”' || ch === '"') {
          open = ch === '“' ? true : ch === '”' ? false : !open;
          out += markOf(style, open ? 'open' : 'close');
          continue;
        }
        // A single mark inside a double-quoted span is a nested quote when it starts a word
        // (‘…) or closes one that started so; an apostrophe sits between letters or after s.
        if (style === 'british' && open && (ch === '‘' || ch === '’')) {
          const prev = para[i - 1] ?? ' ';
          const next = para[i + 1] ?? ' ';
          const opens = ch === '‘' && !/[\p{L}\p{N}]/u.test(prev);
          const closes = ch === '’' && nestedDepth > 0 && !/[\p{L}\p{N}]/u.test(next);
          if (opens) {
            nestedDepth++;
            out += '“';
            continue;
          }
          if (closes) {
            nestedDepth--;
            out += '”';
            continue;
          }
        }
        out += ch;
      }
      return out;
    })
    .join('');
}

function markOf(style: QuoteStyle, side: 'open' | 'close'): string {
  if (style === 'straight') return '"';
  if (style === 'curly') return side === 'open' ? '“' : '”';
  return side === 'open' ? '‘' : '’';
}

/**
 * Hard-wraps every line longer than `width` at the last space before it, as mail clients and
 * some content systems do; blank lines and short lines are left as they are.
 */
export function hardWrap(text: string, width = 72): string {
  return text
    .split('\n')
    .map((line) => {
      const parts: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) break;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      parts.push(rest);
      return parts.join('\n');
    })
    .join('\n');
}

/** Page furniture of common shapes, none of it article text; names are made up. */
export const FURNITURE = {
  caption:
    'Trade envoy Maria Lopez-Garcia, left, shakes hands with her counterpart before talks in Geneva on Tuesday. (Photo by Jan Novak/Example Press)',
  related: [
    'Related Articles',
    'Shipping rates climb as ports brace for new levies',
    'Central bank holds rates steady amid trade jitters',
    'Farm exporters look to new markets',
  ],
  copyright: 'All contents © copyright 2025 Example Media Group. All rights reserved.',
  embeddedPost: [
    'Talks were productive and will continue next week. pic.twitter.com/AbC123xYz',
    '— Kim Yong-beom (@kimyb_trade) May 4, 2025',
  ],
} as const;

/** Where paragraphs of a page start: after blank lines, or where there are none after a line that ends a sentence. */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  const re = /\n\s*\n/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) breaks.push(m.index + m[0].length);
  if (breaks.length > 0) return breaks;
  // Without blank lines a line break ends a paragraph only after a sentence stop: a hard-wrapped
  // page breaks lines mid-sentence, and furniture does not stand inside a sentence.
  const single = /(?<=[.!?"”’)])[ \t]*\n/gu;
  for (let m = single.exec(text); m; m = single.exec(text)) breaks.push(m.index + m[0].length);
  return breaks;
}

/**
 * Inserts a photo caption, a related-articles block, a copyright line and an embedded post as
 * paragraphs of their own, spread through the page after its second paragraph.
 */
export function insertFurniture(text: string): string {
  const breaks = paragraphBreaks(text);
  if (breaks.length < 3) return `${text.trimEnd()}\n\n${furnitureBlocks().join('\n\n')}\n`;
  const blocks = furnitureBlocks();
  // Positions after the 2nd paragraph and then evenly through the rest, from the end backwards so
  // earlier offsets stay valid.
  const at = blocks.map(
    (_, i) => breaks[Math.min(breaks.length - 1, 1 + Math.floor((i * (breaks.length - 1)) / blocks.length))]!,
  );
  let out = text;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const pos = at[i]!;
    out = `${out.slice(0, pos)}${blocks[i]}\n\n${out.slice(pos)}`;
  }
  return out;
}

function furnitureBlocks(): string[] {
  return [
    FURNITURE.caption,
    FURNITURE.related.join('\n'),
    FURNITURE.embeddedPost.join('\n'),
    FURNITURE.copyright,
  ];
}

/** A date with its year, in the forms timestamp lines use ("2025-04-09", "22-07-2025", "Jul 15, 2025", "05 September 2025"). */
const DATED =
  /(?<!\d)(?:20\d\d-\d\d-\d\d|\d\d?-\d\d?-20\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d\d?,?\s+20\d\d|\d\d?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+20\d\d)/u;

/**
 * A page's timestamp line: short furniture that carries a full date ("Posted Jul 15, 2025 5:26
 * PM CDT", "date 2025-04-09 Newsfrom Japan"). A caption dated without a year, a copyright line
 * ("©2025 …") or another story's teaser is not one, and moving it would test something else.
 */
export function isTimestampLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && t.split(/\s+/u).length <= 12 && DATED.test(t);
}

/** A lede's dateline opener: "Washington, April 8 (Agency)--", "TOKYO —", "KUALA LUMPUR, July 9". */
const DATELINE_OPENER =
  /^(?:\p{Lu}[\p{L}. ]{1,30},\s+\p{Lu}\p{Ll}+\.?\s+\d\d?\b|\p{Lu}{3,}[\p{Lu} ]{0,20}\s*(?:—|–|--|,))/u;

/** A headline: a short line of its own; a lede runs longer or opens with a dateline. */
const isHeadline = (line: string): boolean =>
  line.trim().split(/\s+/u).length <= 22 && !DATELINE_OPENER.test(line.trim());

/**
 * Moves the page's timestamp line (a whole line of furniture that carries the date) to the other
 * place pages put it: below the headline when it stood above, else above the headline. A page with
 * no headline (its first text is the lede) has no other place, and stays as it is.
 */
export function moveTimestampLine(text: string, timestampLine: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === timestampLine.trim());
  if (at < 0) return text;
  const [line] = lines.splice(at, 1);
  const firstText = lines.findIndex((l) => l.trim() !== '');
  if (firstText < 0 || !isHeadline(lines[firstText]!)) return text;
  const target = at <= firstText ? firstText + 1 : firstText;
  lines.splice(target, 0, line!);
  return lines.join('\n');
}

/** Levenshtein distance, bounded: enough to tell a misspelling of a name from another name. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a misspelling of a name may differ by. */
const slack = (name: string): number => (name.length >= 8 ? 2 : 1);

/**
 * Pages misspell names ("Luttnick" beside "Lutnick"); a renaming must misspell the new name too, or
 * it asks the parser to merge two names that no longer look alike. Each capitalised word of the
 * text within one edit of a renamed word (two for names of eight letters or more; same first
 * letter, five letters or more) maps to the replacement with one letter doubled. Two edits on a
 * short name reach ordinary words ("Truth" beside "Trump"), which a faithful renaming leaves alone. A word that differs from a renamed word only by its
 * diacritics ("Ömer" beside the gold's "Omer", "Inácio" beside "Inacio") is the same spelling of
 * the same name, not a misspelling: it maps to the replacement itself.
 */
export function withMisspellings(text: string, map: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(map);
  const folded = new Map([...map].map(([name, replacement]) => [foldDiacritics(name), replacement]));
  for (const word of new Set(text.match(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+/gu) ?? [])) {
    if (out.has(word)) continue;
    const plain = foldDiacritics(word);
    const same = folded.get(plain);
    if (same !== undefined) {
      out.set(word, same);
      continue;
    }
    if (plain.length < 5) continue;
    for (const [name, replacement] of map) {
      const base = foldDiacritics(name);
      if (base.length < 5 || base[0] !== plain[0] || editDistance(base, plain) > slack(base)) continue;
      const at = replacement.length - 2;
      out.set(word, `${replacement.slice(0, at)}${replacement[at]}${replacement.slice(at)}`);
      break;
    }
  }
  return out;
}
