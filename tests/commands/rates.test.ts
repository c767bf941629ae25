import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index';
import { dispatchText } from '../../src/app/dispatch';
import { buildCorpus } from '../../src/core/corpus';
import { replyTexts } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { article, datasetOf } from '../core/rates/helpers';

const dataset = datasetOf(
  article('w1', '2025-04-05', 'Japan is subject to the 10% baseline tariff imposed on all countries.'),
  article('w2', '2025-04-20', 'The tariff on imported cars was raised in April to 27.5% from 2.5%.'),
  article('w3', '2025-05-02', 'The United States imposes a 25% tariff on Japanese steel.'),
  article('w4', '2025-07-23', 'Under the deal agreed on July 22, the tariff on Japanese goods will be 15%.'),
  article('w5', '2025-09-16', 'The lower 15% tariff on Japanese cars takes effect on September 16.'),
  article('w6', '2025-09-16', 'Investors were promised 90% of the profits, the tariff agreement says.'),
);
const corpus = buildCorpus(dataset, new Date('2025-09-17T00:00:00Z'));
const ask = (text: string) =>
  dispatchText(text, {
    commands,
    corpus: () => corpus,
    now: () => new Date('2025-09-17T00:00:00Z'),
    channel: null,
    digests: null,
    log: silentLogger,
  });

const fields = (reply: Awaited<ReturnType<typeof ask>>['reply'], heading: string) =>
  reply.sections
    .filter((s) => s.heading === heading)
    .flatMap((s) => s.items)
    .map((i) => (i.type === 'field' ? `${i.label}: ${i.value}` : i.text));

describe('the rates command', () => {
  it('lists the rate in effect per kind of goods with its start, previous rate and source', async () => {
    const { status, reply } = await ask('rates');
    expect(status).toBe('ok');
    const now = fields(reply, 'In effect');
    expect(now).toContain('Autos: 15% in effect, since 2025-09-16 · before: 27.5%');
    expect(now.some((l) => l.startsWith('Steel: 25% in effect'))).toBe(true);
    expect(now.some((l) => l.startsWith('Goods in general: 10% in effect'))).toBe(true);
    const autos = reply.sections[0]!.items.find((i) => i.type === 'field' && i.label === 'Autos')!;
    expect(autos.citations.map((c) => c.articleId)).toEqual(['w5']);
  });

  it('lists an agreed rate as pending, not as in effect', async () => {
    const { reply } = await ask('rates');
    expect(fields(reply, 'Pending — not in effect yet')).toEqual([
      'Goods in general: 15% agreed (2025-07-22)',
    ]);
  });

  it('never shows a profit share as a rate', async () => {
    const { reply } = await ask('rates');
    expect(replyTexts(reply).join('\n')).not.toContain('90%');
  });

  it('shows one kind step by step for `rates cars`, cited', async () => {
    const { status, reply } = await ask('rates cars');
    expect(status).toBe('ok');
    expect(reply.title).toBe('Tariffs on autos');
    expect(reply.lead).toContain('Path: 2.5% → 27.5% → 15%');
    const steps = fields(reply, 'Step by step');
    expect(steps).toEqual([
      'date not given: 2.5% in effect — until 27.5% took over',
      'April 2025: 27.5% in effect — from 2.5%',
      '2025-09-16: 15% in effect',
    ]);
  });

  it('names the baseline in the history of goods in general', async () => {
    const { reply } = await ask('rates all');
    expect(fields(reply, 'Step by step')).toEqual([
      '2025-04-05: 10% baseline in effect',
      '2025-07-22: 15% agreed',
    ]);
  });

  it('answers `--as-of` with the rates as they stood that day', async () => {
    for (const text of [
      'rates autos --as-of 2025-07-01',
      'rates autos as of July 1',
      'rates --as-of=2025-07-01 autos',
    ]) {
      const { status, reply } = await ask(text);
      expect(status, text).toBe('ok');
      expect(reply.title, text).toBe('Tariffs on autos — as it stood on 2025-07-01');
      expect(reply.lead, text).toMatch(/^27\.5% in effect, since April 2025 · before: 2\.5%/);
    }
    const { reply } = await ask('rates --as-of 2025-07-01');
    expect(fields(reply, 'In effect')).toContain('Autos: 27.5% in effect, since April 2025 · before: 2.5%');
    expect(fields(reply, 'Pending — not in effect yet')).toEqual([]);
  });

  it('suggests the closest kinds for unknown goods, without echoing markup', async () => {
    const { status, reply } = await ask('rates vehicels');
    expect(status).toBe('usage');
    expect(reply.suggestions).toContain('rates vehicles');
    const odd = await ask('rates <!channel> @everyone');
    expect(odd.status).toBe('usage');
    expect(replyTexts(odd.reply).join(' ')).not.toMatch(/<!channel>|@everyone/);
  });

  it('explains a date it cannot read', async () => {
    const { status, reply } = await ask('rates --as-of someday');
    expect(status).toBe('usage');
    expect(reply.lead).toMatch(/could not read "someday" as a date/);
  });

  it('leads the digest with the rates that changed in its window', async () => {
    const { status, reply } = await ask('digest 7d');
    expect(status).toBe('ok');
    expect(reply.sections[0]!.heading).toBe('Tariff rates');
    const items = reply.sections[0]!.items.map((i) => (i.type === 'text' ? i.text : ''));
    expect(items).toEqual(['Autos: 27.5% → 15%, in effect from 2025-09-16']);
    const quiet = await ask('digest about steel 7d');
    expect(quiet.reply.sections.some((s) => s.heading === 'Tariff rates')).toBe(false);
  });

  it('says so when a known kind has no reported rate', async () => {
    const { status, reply } = await ask('rates semiconductors');
    expect(status).toBe('ok');
    expect(reply.lead).toBe('No article reports a tariff rate on semiconductors.');
  });
});

describe('rates on goods outside the catalogue', () => {
  it('finds them by the words the article used', async () => {
    const ds = datasetOf(
      article(
        'k1',
        '2025-09-30',
        'Kitchen cabinets from Japan face a 25% tariff under the new order, officials said.',
      ),
    );
    const c = buildCorpus(ds, new Date('2025-10-01T00:00:00Z'));
    const { status, reply } = await dispatchText('rates kitchen cabinets', {
      commands,
      corpus: () => c,
      now: () => new Date('2025-10-01T00:00:00Z'),
      channel: null,
      digests: null,
      log: silentLogger,
    });
    expect(status).toBe('ok');
    expect(reply.title).toBe('Tariffs on kitchen cabinets');
  });
});

describe('rates the two sides disagree on, and Japan’s own tariffs', () => {
  const run = async (...articles: Parameters<typeof datasetOf>) => {
    const c = buildCorpus(datasetOf(...articles), new Date('2025-10-01T00:00:00Z'));
    return dispatchText('rates', {
      commands,
      corpus: () => c,
      now: () => new Date('2025-10-01T00:00:00Z'),
      channel: null,
      digests: null,
      log: silentLogger,
    });
  };

  it('names the sources of a contradicting report', async () => {
    const { reply } = await run(
      article('s1', '2025-05-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('s2', '2025-05-03', 'The United States imposes a 50% tariff on Japanese steel.'),
    );
    expect(reply.notes).toContain(
      'Steel: sources disagree — 25% is also reported in effect by Test Wire (2025-05-01).',
    );
  });

  it("lists Japan's own tariffs apart from the US tariffs on Japanese goods", async () => {
    const { reply } = await run(
      article('j1', '2025-06-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('j2', '2025-06-02', 'Japan keeps a 700% tariff on American rice above the quota.'),
    );
    const own = reply.sections.find((s) => s.heading === "Japan's own tariffs")!;
    expect(own.items.map((i) => (i.type === 'field' ? `${i.label}: ${i.value}` : ''))).toEqual([
      'Rice (charged by Japan): 700% in effect, reported in effect on 2025-06-02 (start not given)',
    ]);
  });
});
