import type { Item, Section } from '../reply';

/**
 * Each source cited once per point: a briefing (or one development of a digest) is one point told
 * in several blocks, and repeating the same source under every block buries the text in
 * citations. A source stays on the first item it supports, in reading order, and is dropped from
 * later ones; an item whose sources were all given earlier carries none. Renderers show what each
 * item carries, so this is the one place that decides it.
 */
export function citeOnce(sections: readonly Section[]): Section[] {
  const given = new Set<string>();
  return sections.map((section) => ({
    ...section,
    items: section.items.map((item): Item => {
      const fresh = item.citations.filter((c) => !given.has(c.articleId));
      for (const c of fresh) given.add(c.articleId);
      return fresh.length === item.citations.length ? item : { ...item, citations: fresh };
    }),
  }));
}
