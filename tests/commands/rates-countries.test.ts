import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index';
import { dispatchText } from '../../src/app/dispatch';
import type { Dataset } from '../../src/core/article';
import { buildCorpus } from '../../src/core/corpus';
import { resolveCountryQuery } from '../../src/core/countries';
import { loadDataset } from '../../src/core/dataset';
import { silentLogger } from '../../src/log';
import { article, datasetOf } from '../core/rates/helpers';

const asker = (dataset: Dataset) => {
  const corpus = buildCorpus(dataset, new Date('2025-12-01T00:00:00Z'));
  return (text: string) =>
    dispatchText(text, {
      commands,
      corpus: () => corpus,
      now: () => new Date('2025-12-01T00:00:00Z'),
      channel: null,
      digests: null,
      log: silentLogger,
    });
};

const fields = (items: { type: string; label?: string; value?: string }[]) =>
  items.map((i) => (i.type === 'field' ? `${i.label}: ${i.value}` : ''));

describe('country names a user may type', () => {
  it('resolves names, adjectives and short forms in any case', () => {
    expect(resolveCountryQuery('india')).toBe('India');
    expect(resolveCountryQuery('EU')).toBe('European Union');
    expect(resolveCountryQuery('eu')).toBe('European Union');
    expect(resolveCountryQuery('European')).toBe('European Union');
    expect(resolveCountryQuery('u.k.')).toBe('United Kingdom');
    expect(resolveCountryQuery('Korean')).toBe('South Korea');
    expect(resolveCountryQuery('south korea')).toBe('South Korea');
    expect(resolveCountryQuery('sri lanka')).toBe('Sri Lanka');
    expect(resolveCountryQuery('autos')).toBeNull();
    expect(resolveCountryQuery('us and them')).toBeNull();
  });
});

describe('rates for every country the articles report', () => {
  const ask = asker(
    datasetOf(
      article('c1', '2025-07-10', 'The United States imposes a 25% tariff on Japanese cars.'),
      article('c2', '2025-07-11', 'The United States charges a 50% tariff on Indian goods.'),
      article(
        'c3',
        '2025-07-12',
        'The EU faces a 30% tariff on its goods from August 1 if no deal is reached.',
      ),
    ),
  );

  it('answers `rates india` with India’s rates and lists the other countries', async () => {
    const { reply, status } = await ask('rates india');
    expect(status).toBe('ok');
    expect(fields(reply.sections[0]!.items as never)).toEqual([
      expect.stringMatching(/^Goods in general: 50% in effect/),
    ]);
    expect(reply.notes.join(' ')).toMatch(/Also reported: .*Japan/);
  });

  it('keeps a threat to the EU pending, never in effect, for `rates eu`', async () => {
    const { reply } = await ask('rates European');
    const inEffect = reply.sections.find((s) => s.heading === 'In effect')!;
    expect(fields(inEffect.items as never).join('\n')).not.toContain('30% in effect');
    const pending = reply.sections.find((s) => s.heading?.startsWith('Pending'))!;
    expect(fields(pending.items as never)).toEqual([
      expect.stringMatching(/^Goods in general: 30% threatened/),
    ]);
  });

  it('reads a country before the goods: `rates japan autos`', async () => {
    const { reply, status } = await ask('rates japan autos');
    expect(status).toBe('ok');
    expect(reply.title).toBe('Tariffs on autos from Japan');
    expect(reply.lead).toMatch(/^25% in effect/);
  });

  it('answers an unknown name with the closest countries and goods, as an error', async () => {
    const { reply, status } = await ask('rates indai');
    expect(status).not.toBe('ok');
    expect(reply.suggestions).toContain('rates india');
  });

  it('says the main country’s rates are the default and when they stand', async () => {
    const { reply } = await ask('rates');
    expect(reply.title).toMatch(/as of 2025-07-12, the newest article/);
  });
});

/**
 * Acceptance on the wide development corpus (read by path, skipped where absent): every country
 * the gold gives a rate on can be asked for by name.
 */
const WIDE = resolve(process.cwd(), '../shared/corpus-wide');

describe.skipIf(!existsSync(WIDE))('rates per country on the wide corpus', async () => {
  const dataset = existsSync(WIDE) ? await loadDataset(join(WIDE, 'articles')) : null;
  const ask = dataset ? asker(dataset) : null;
  const countries = existsSync(WIDE)
    ? [
        ...new Set(
          readdirSync(join(WIDE, 'gold')).flatMap((f) =>
            (JSON.parse(readFileSync(join(WIDE, 'gold', f), 'utf8')).rates as { appliesTo: string }[]).map(
              (r) => r.appliesTo,
            ),
          ),
        ),
      ].filter((c) => c !== 'all countries' && c !== 'United States')
    : [];

  it('answers `rates <country>` for each country the gold reports a rate on', async () => {
    for (const c of countries) {
      const { status, reply } = await ask!(`rates ${c.toLowerCase()}`);
      expect(status, c).toBe('ok');
      expect(reply.title, c).toContain(c === 'Japan' ? 'Japanese' : c);
    }
  });

  it('shows Indonesia’s 19% as agreed and the 32% threatened in the letter as pending, not in effect', async () => {
    const { reply } = await ask!('rates indonesia');
    const text = reply.sections.flatMap((s) => fields(s.items as never)).join('\n');
    expect(text).not.toMatch(/3[2]% in effect/);
    expect(text).toMatch(/19% (?:agreed|announced)/);
  });
});
