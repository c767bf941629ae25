import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_NEXT,
  ACTION_PREV,
  LIMITS,
  renderReply,
  type SlackBlock,
} from '../../../src/adapters/slack/blocks';
import { escapeText, fromSlackText, stripBotMention } from '../../../src/adapters/slack/escape';
import { splitText, truncate } from '../../../src/adapters/slack/fit';
import { answer, type Citation, errorReply, type Item, text } from '../../../src/core/reply';

const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  articleId: `a${n}`,
  title: `Article number ${n}`,
  outlet: 'The Outlet',
  published: '2025-05-31',
  url: null,
  ...extra,
});

/** Every text string a user could see in the rendered blocks. */
function visibleTexts(blocks: SlackBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'header') out.push(b.text.text);
    else if (b.type === 'section') out.push(...('text' in b ? [b.text.text] : b.fields.map((f) => f.text)));
    else if (b.type === 'context') out.push(...b.elements.map((e) => e.text));
    else if (b.type === 'actions') out.push(...b.elements.map((e) => e.text.text));
  }
  return out;
}

/**
 * The rich text of the blocks, one string per quote or section element (its runs joined), with
 * `*`/`_` marking bold and italic runs. Rich text is read literally, so it is checked apart.
 */
function richTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'rich_text'
      ? b.elements.map(
          (e) =>
            `${e.type === 'rich_text_quote' ? '> ' : ''}${e.elements
              .map((r) => (r.style?.bold ? `*${r.text}*` : r.style?.italic ? `_${r.text}_` : r.text))
              .join('')}`,
        )
      : [],
  );
}

/** Rich text only in the shapes this renderer means: quotes and sections of plain text runs. */
function expectPlainRichText(blocks: SlackBlock[]): void {
  for (const b of blocks) {
    if (b.type !== 'rich_text') continue;
    let length = 0;
    for (const e of b.elements) {
      expect(['rich_text_quote', 'rich_text_section']).toContain(e.type);
      for (const r of e.elements) {
        expect(r.type).toBe('text');
        expect(r.text).not.toBe(''); // Slack refuses an empty run
        length += r.text.length;
      }
    }
    expect(length).toBeLessThanOrEqual(LIMITS.sectionText);
  }
}

function expectWithinSlackLimits(blocks: SlackBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
  expectPlainRichText(blocks);
  for (const b of blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'section' && 'text' in b)
      expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'section' && 'fields' in b) {
      expect(b.fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
      for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    }
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
  }
}

describe('Block Kit rendering of a reply', () => {
  it('shows the title as a header, each point as a section and its sources as a context line', () => {
    const reply = answer({
      title: 'Latest',
      lead: 'The fourth round ended.',
      sections: [{ heading: 'What happened', items: [text('Talks progressed.', [cite(1), cite(2)])] }],
    });
    const [message, ...more] = renderReply(reply);
    expect(more).toHaveLength(0);
    const blocks = message!.blocks;
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Latest', emoji: true } });
    expect(visibleTexts(blocks)).toContain('Talks progressed.');
    const context = blocks.find((b) => b.type === 'context');
    expect(context && visibleTexts([context])).toEqual([
      'Article number 1 · The Outlet · 2025-05-31',
      'Article number 2 · The Outlet · 2025-05-31',
    ]);
    expect(message!.text).toBe('Latest — The fourth round ended.');
  });

  it('shows a quote as a rich-text quote with its speaker and date under it, then its source', () => {
    const quote: Item = {
      type: 'quote',
      text: 'Mutual understanding is deepening,',
      speaker: 'Ryosei Akazawa',
      kind: 'direct',
      date: '2025-05-31',
      citations: [cite(1)],
    };
    const [message] = renderReply(
      answer({ title: 'Akazawa', sections: [{ heading: null, items: [quote] }] }),
    );
    const blocks = message!.blocks;
    const at = blocks.findIndex((b) => b.type === 'rich_text');
    expect(blocks[at]).toEqual({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_quote',
          elements: [{ type: 'text', text: '“Mutual understanding is deepening,”' }],
        },
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: '— ' },
            { type: 'text', text: 'Ryosei Akazawa', style: { bold: true } },
            { type: 'text', text: ', 2025-05-31' },
          ],
        },
      ],
    });
    expect(blocks[at + 1]?.type).toBe('context');
    expect(visibleTexts([blocks[at + 1]!])).toEqual(['Article number 1 · The Outlet · 2025-05-31']);
  });

  it('marks a reported statement as reported, with no quote marks of its own', () => {
    const quote: Item = {
      type: 'quote',
      text: 'the talks would continue next week',
      speaker: 'Scott Bessent',
      kind: 'reported',
      date: null,
      citations: [],
    };
    const [message] = renderReply(answer({ title: 't', sections: [{ heading: null, items: [quote] }] }));
    expect(richTexts(message!.blocks)).toEqual([
      '> the talks would continue next week',
      '— *Scott Bessent*_ (reported)_',
    ]);
  });

  it('continues a quote longer than a block in further quote blocks, the speaker under the last', () => {
    const words = Array.from({ length: 1200 }, (_, i) => `w${i}`);
    const quote: Item = {
      type: 'quote',
      text: words.join(' '),
      speaker: 'Ryosei Akazawa',
      kind: 'direct',
      date: null,
      citations: [],
    };
    const [message] = renderReply(answer({ title: 't', sections: [{ heading: null, items: [quote] }] }));
    expectWithinSlackLimits(message!.blocks);
    const texts = richTexts(message!.blocks);
    const quoted = texts.filter((t) => t.startsWith('> '));
    expect(quoted.length).toBeGreaterThan(1);
    const shown = quoted.join(' ').replace(/[>“”]/g, ' ').split(/\s+/).filter(Boolean);
    expect(shown).toEqual(words);
    expect(texts.at(-1)).toBe('— *Ryosei Akazawa*');
  });

  it('escapes user and dataset text so it cannot ping a channel, mention a user or make a link', () => {
    const hostile = 'Hi <!channel> & <@U123ABC> see <https://evil.example|here> <!subteam^S1>';
    const reply = answer({
      title: hostile,
      lead: hostile,
      sections: [
        {
          heading: hostile,
          items: [
            text(hostile, [cite(1, { title: hostile, outlet: hostile })]),
            { type: 'quote', text: hostile, speaker: hostile, kind: 'reported', date: null, citations: [] },
            { type: 'field', label: hostile, value: hostile, citations: [] },
          ],
        },
      ],
      notes: [hostile],
      suggestions: [hostile],
    });
    const messages = renderReply(reply);
    // mrkdwn and plain text: escaped, so Slack shows the characters rather than acting on them.
    const marked = JSON.stringify(
      messages.map((m) => ({ ...m, blocks: m.blocks.filter((b) => b.type !== 'rich_text') })),
    );
    expect(marked).not.toMatch(/<[!@#]/);
    expect(marked).not.toContain('<https://evil');
    expect(marked).toContain('&lt;!channel&gt; &amp; &lt;@U123ABC&gt;');
    // Rich text: plain text runs only, which Slack never reads as a mention, a link or markup, so
    // the quote shows the hostile text exactly as written.
    const blocks = messages.flatMap((m) => m.blocks);
    expectPlainRichText(blocks);
    expect(richTexts(blocks)).toEqual([`> ${hostile}`, `— *${hostile}*_ (reported)_`]);
  });

  it('links a source only to a plain http(s) address', () => {
    const ok = renderReply(
      answer({
        title: 't',
        sections: [
          { heading: null, items: [text('x', [cite(1, { url: 'https://news.example/a?b=1&c=2' })])] },
        ],
      }),
    );
    expect(JSON.stringify(ok)).toContain('<https://news.example/a?b=1&amp;c=2|Article number 1>');
    for (const url of ['javascript:alert(1)', 'https://x.example/a|b', 'https://x.example/<!channel>']) {
      const bad = renderReply(
        answer({ title: 't', sections: [{ heading: null, items: [text('x', [cite(1, { url })])] }] }),
      );
      expect(JSON.stringify(bad), url).not.toContain('|Article number 1>');
    }
  });

  it('keeps at most ten sources in a context line and says how many more there are', () => {
    const many = Array.from({ length: 14 }, (_, i) => cite(i));
    const [message] = renderReply(
      answer({ title: 't', sections: [{ heading: null, items: [text('x', many)] }] }),
    );
    const context = message!.blocks.find((b) => b.type === 'context')!;
    expect(context.type === 'context' && context.elements).toHaveLength(10);
    expect(visibleTexts([context]).at(-1)).toBe('and 5 more sources');
  });

  it('splits a long paragraph into sections at word boundaries without losing a word', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`);
    const [message] = renderReply(
      answer({ title: 't', sections: [{ heading: null, items: [text(words.join(' '))] }] }),
    );
    const sections = message!.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    expectWithinSlackLimits(message!.blocks);
    expect(visibleTexts(sections).join(' ').split(' ')).toEqual(words);
  });

  it('continues a very long answer in further messages and says what was left out beyond that', () => {
    const items = Array.from({ length: 200 }, (_, i) => text(`Point ${i}`, [cite(i)]));
    const messages = renderReply(answer({ title: 'Long', sections: [{ heading: null, items }] }), {
      maxMessages: 3,
    });
    expect(messages).toHaveLength(3);
    for (const m of messages) expectWithinSlackLimits(m.blocks);
    expect(messages[1]!.text).toMatch(/\(continued\)$/);
    const last = visibleTexts(messages[2]!.blocks).join('\n');
    expect(last).toMatch(/…and \d+ more parts not shown/);
    const shown = messages.flatMap((m) => visibleTexts(m.blocks)).filter((t) => /^Point \d+$/.test(t));
    const left = Number(/…and (\d+) more/.exec(last)![1]);
    expect(shown.length + left).toBe(200);
  });

  it('splits one enormous paragraph across messages rather than dropping its end silently', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i}`);
    const messages = renderReply(
      answer({ title: 't', sections: [{ heading: null, items: [text(words.join(' '))] }] }),
    );
    for (const m of messages) expectWithinSlackLimits(m.blocks);
    const all = messages.flatMap((m) => visibleTexts(m.blocks)).join(' ');
    const shown = all.split(/\s+/).filter((w) => /^w\d+$/.test(w));
    expect(messages.length).toBeGreaterThan(1);
    expect(shown).toEqual(words);
  });

  it('adds More and Back buttons whose values are the neighbouring pages’ commands', () => {
    const reply = answer({
      title: 'Quotes',
      page: { page: 2, pages: 3, next: 'said tariff --page 3', prev: 'said tariff --page 1' },
    });
    const [message] = renderReply(reply);
    const actions = message!.blocks.find((b) => b.type === 'actions');
    expect(actions).toMatchObject({
      elements: [
        { action_id: ACTION_PREV, value: 'said tariff --page 1', text: { text: 'Back' } },
        { action_id: ACTION_NEXT, value: 'said tariff --page 3', text: { text: 'More' } },
      ],
    });
    expect(visibleTexts(message!.blocks)).toContain('Page 2 of 3');
  });

  it('shows an error with a warning, its hint and the commands to try, without a header', () => {
    const [message] = renderReply(
      errorReply('How to use `who`', 'The person is missing.', { suggestions: ['who akazawa'] }),
    );
    expect(message!.blocks.some((b) => b.type === 'header')).toBe(false);
    const texts = visibleTexts(message!.blocks);
    expect(texts[0]).toBe(':warning: *How to use `who`*');
    expect(texts).toContain('The person is missing.');
    expect(texts).toContain('Try: `who akazawa`');
  });

  it('stays within every Slack limit and never leaks markup, whatever the text', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 4000, unit: 'grapheme' }),
      fc.constantFrom('', ' ', '\n\n', '&'),
    );
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 30 }), (title, lead, points) => {
        const reply = answer({
          title,
          lead,
          sections: [
            {
              heading: title,
              items: points.flatMap((p) => [
                text(p, [cite(1, { title: p })]),
                { type: 'field' as const, label: p, value: lead, citations: [] },
                {
                  type: 'quote' as const,
                  text: p,
                  speaker: lead,
                  kind: 'direct' as const,
                  date: null,
                  citations: [],
                },
              ]),
            },
          ],
          notes: [lead],
          suggestions: [title],
        });
        for (const m of renderReply(reply)) {
          expectWithinSlackLimits(m.blocks);
          for (const t of visibleTexts(m.blocks)) {
            expect(t).not.toMatch(/<|&(?!amp;|lt;|gt;)/);
            // One blank text field makes Slack refuse the whole message.
            expect(t.trim()).not.toBe('');
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('fitting text into Slack fields', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('the fourth round of talks', 15)).toBe('the fourth…');
    expect(truncate('short', 15)).toBe('short');
  });

  it('marks a cut inside a single long word on both sides', () => {
    const pieces = splitText('x'.repeat(25), 10);
    expect(pieces.every((p) => p.length <= 10)).toBe(true);
    expect(pieces[0]).toMatch(/…$/);
    expect(pieces[1]).toMatch(/^…/);
    expect(pieces.join('').replace(/…/g, '')).toBe('x'.repeat(25));
  });

  it('never cuts through an escaped character', () => {
    const escaped = escapeText('a&&&&&&&&&&&&&&&');
    for (let max = 8; max < 30; max++) {
      for (const piece of splitText(escaped, max))
        expect(piece.replace(/&amp;/g, '').replace(/…/g, '')).not.toContain('&');
      expect(truncate(escaped, max).replace(/&amp;/g, '')).not.toContain('&');
    }
  });
});

describe('reading text as Slack delivers it', () => {
  it('turns escaped characters, links and user references back into what was typed', () => {
    expect(fromSlackText('said &lt;tariffs&gt; &amp; more')).toBe('said <tariffs> & more');
    expect(fromSlackText('who <@U123|akazawa>')).toBe('who @akazawa');
    expect(fromSlackText('see <https://x.example|the story> and <mailto:a@b.c>')).toBe(
      'see the story and a@b.c',
    );
  });

  it('keeps a special mention as literal text so the answer can only show it escaped', () => {
    expect(fromSlackText('who <!channel>')).toBe('who <!channel>');
  });

  it('removes the bot’s own mention from a mention', () => {
    expect(stripBotMention('<@UBOT0001> who said "candid"?', 'UBOT0001')).toBe('who said "candid"?');
  });
});
