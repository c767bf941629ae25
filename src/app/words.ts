const OPENERS: Record<string, string> = { '"': '"', '“': '”', '„': '“', "'": "'", '‘': '’', '«': '»' };

/**
 * Splits command text into words; a quoted phrase ("frank and constructive", “candid”) stays one
 * word. A quote mark only opens at the start of a word, so apostrophes (don't) are left alone;
 * an unclosed quote runs to the end of the text.
 */
export function splitWords(input: string): string[] {
  const words: string[] = [];
  let i = 0;
  const s = input;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    const closer = OPENERS[s[i]!];
    if (closer) {
      let end = s.indexOf(closer, i + 1);
      if (closer === '”' && end < 0) end = s.indexOf('"', i + 1);
      if (end < 0) end = s.length;
      words.push(s.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j]!)) j++;
    words.push(s.slice(i, j));
    i = j;
  }
  return words;
}

/** Re-quotes words so that splitWords(joinWords(w)) gives w back. */
export function joinWords(words: string[]): string {
  return words.map((w) => (w === '' || /\s/.test(w) ? `"${w.replace(/"/g, '')}"` : w)).join(' ');
}
