/**
 * The platform-neutral answer every command returns. Text fields are plain text: adapters
 * escape and style them for their platform, so nothing here is markup.
 */

export interface Citation {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export type Item =
  | { type: 'text'; text: string; citations: Citation[] }
  | {
      type: 'quote';
      text: string;
      speaker: string;
      kind: 'direct' | 'reported';
      date: string | null;
      citations: Citation[];
    }
  | { type: 'field'; label: string; value: string; citations: Citation[] };

export interface Section {
  heading: string | null;
  items: Item[];
}

/** Where this reply sits in a paged answer; `next`/`prev` are command texts that fetch the neighbours. */
export interface PageInfo {
  page: number;
  pages: number;
  next: string | null;
  prev: string | null;
}

export type ReplyKind = 'answer' | 'error';

export interface Reply {
  kind: ReplyKind;
  title: string;
  lead: string | null;
  sections: Section[];
  notes: string[];
  page: PageInfo | null;
  /** Only the asker should see it (errors, refusals). */
  ephemeral: boolean;
  /** Commands worth trying next (shown with errors and help). */
  suggestions: string[];
}

export function answer(parts: Partial<Reply> & { title: string }): Reply {
  return {
    kind: 'answer',
    lead: null,
    sections: [],
    notes: [],
    page: null,
    ephemeral: false,
    suggestions: [],
    ...parts,
  };
}

export function errorReply(
  title: string,
  message: string,
  opts: { suggestions?: string[]; notes?: string[] } = {},
): Reply {
  return {
    kind: 'error',
    title,
    lead: message,
    sections: [],
    notes: opts.notes ?? [],
    page: null,
    ephemeral: true,
    suggestions: opts.suggestions ?? [],
  };
}

export const text = (value: string, citations: Citation[] = []): Item => ({
  type: 'text',
  text: value,
  citations,
});

export const field = (label: string, value: string, citations: Citation[] = []): Item => ({
  type: 'field',
  label,
  value,
  citations,
});

/** Every piece of visible text in a reply, for limit and safety checks. */
export function replyTexts(reply: Reply): string[] {
  const out = [reply.title, ...(reply.lead ? [reply.lead] : []), ...reply.notes, ...reply.suggestions];
  for (const section of reply.sections) {
    if (section.heading) out.push(section.heading);
    for (const item of section.items) {
      if (item.type === 'field') out.push(item.label, item.value);
      else out.push(item.text);
      if (item.type === 'quote') out.push(item.speaker);
      for (const c of item.citations) out.push(c.title, c.outlet ?? '');
    }
  }
  return out;
}
