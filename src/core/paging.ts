import { UserError } from './errors';
import type { PageInfo, Section } from './reply';

/** Enough to read on a phone without scrolling past the reply; platforms show a "more" button. */
export const PAGE_SIZE = 8;

export interface PageRequest {
  /** 1-based. */
  page: number;
  /** The command text without `--page`; neighbours are this plus `--page N`. */
  invocation: string;
}

export interface PageWindow {
  start: number;
  end: number;
  /** Null when everything fits on one page. */
  info: PageInfo | null;
}

/**
 * Which slice of `total` results a page shows. Asking past the last page is the user's
 * mistake, answered with the last page's command rather than an empty reply.
 */
export function pageWindow(total: number, req: PageRequest, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  if (req.page > pages) {
    throw new UserError(
      `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of this answer.`,
      [pages === 1 ? req.invocation : `${req.invocation} --page ${pages}`],
    );
  }
  const start = (req.page - 1) * size;
  const end = Math.min(total, start + size);
  const info: PageInfo | null =
    pages === 1
      ? null
      : {
          page: req.page,
          pages,
          next: req.page < pages ? `${req.invocation} --page ${req.page + 1}` : null,
          prev: req.page > 1 ? `${req.invocation} --page ${req.page - 1}` : null,
        };
  return { start, end, info };
}

/** The items of one page of a list, and where that page sits. */
export function paginate<T>(
  items: readonly T[],
  req: PageRequest,
  size = PAGE_SIZE,
): { items: T[]; page: PageInfo | null } {
  const w = pageWindow(items.length, req, size);
  return { items: items.slice(w.start, w.end), page: w.info };
}

/**
 * Pages a reply made of sections: items are counted across sections, and a section continued
 * on the next page repeats its heading there.
 */
export function pageSections(
  sections: readonly Section[],
  req: PageRequest,
  size = PAGE_SIZE,
): { sections: Section[]; page: PageInfo | null } {
  const flat = sections.flatMap((s, si) => s.items.map((item) => ({ si, item })));
  const w = pageWindow(flat.length, req, size);
  const out: Section[] = [];
  let current: { si: number; section: Section } | null = null;
  for (const { si, item } of flat.slice(w.start, w.end)) {
    if (!current || current.si !== si) {
      current = { si, section: { heading: sections[si]!.heading, items: [] } };
      out.push(current.section);
    }
    current.section.items.push(item);
  }
  return { sections: out, page: w.info };
}
