import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactDataset, ownCopy } from '../../src/core/compact';
import { buildDataset, loadDataset, type RawFile } from '../../src/core/dataset';

describe('compacting a loaded dataset', () => {
  it('changes no value: the seeds load to the same data before and after', async () => {
    const loaded = await loadDataset('seeds');
    const copy = structuredClone(loaded);
    expect(compactDataset(copy)).toEqual(loaded);
    expect(copy).toEqual(loaded);
    expect(loaded.articles.length).toBeGreaterThan(0);
    // Fields keep their order too, so printed records read the same.
    const again = compactDataset(structuredClone(loaded));
    for (const kind of ['articles', 'quotes', 'events'] as const)
      expect(Object.keys(again[kind][0]!)).toEqual(Object.keys(loaded[kind][0]!));
  });

  it('keeps every sentence and paragraph the same text as the body at its offsets', async () => {
    const { articles } = await loadDataset('seeds');
    for (const a of articles) {
      for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
      expect(a.paragraphs.join('\n\n')).toBe(a.body);
    }
  });

  it('reads sentences and paragraphs like plain fields: copied by spreads and JSON, replaced by assignment', async () => {
    const { articles } = await loadDataset('seeds');
    const a = articles[0]!;
    const plain = { ...a };
    expect(Object.getOwnPropertyDescriptor(plain, 'sentences')?.value).toEqual(a.sentences);
    expect(JSON.parse(JSON.stringify(a)).paragraphs).toEqual(a.paragraphs);
    a.sentences = [];
    a.paragraphs = ['replaced'];
    expect(a.sentences).toEqual([]);
    expect(a.paragraphs).toEqual(['replaced']);
    expect(articles[1]!.sentences.length).toBeGreaterThan(0);
  });

  it('shares equal lists between quotes, and a shared list cannot be changed for all its holders', async () => {
    const { quotes } = await loadDataset('seeds');
    const byKey = new Map<string, string[]>();
    let shared = 0;
    for (const q of quotes) {
      const seen = byKey.get(q.topics.join('|'));
      if (seen) {
        expect(q.topics).toBe(seen);
        shared++;
      } else byKey.set(q.topics.join('|'), q.topics);
    }
    expect(shared).toBeGreaterThan(0);
    expect(() => quotes[0]!.topics.push('x')).toThrow(TypeError);
  });

  it('builds the same dataset when it may let go of the files as it reads them', () => {
    const files = (): RawFile[] =>
      readdirSync('seeds').map((file) => ({ file, raw: new Uint8Array(readFileSync(`seeds/${file}`)) }));
    const given = files();
    const consumed = buildDataset(given, { consume: true });
    expect(given).toEqual([]);
    expect(consumed).toEqual(buildDataset(files()));
  });

  it('copies strings character for character, including text outside Latin-1', () => {
    for (const s of [
      '',
      'short',
      'Akazawa said: “We will not rush.” — 15%',
      '赤沢亮正 経済再生担当相 '.repeat(3),
    ])
      expect(ownCopy(s)).toBe(s);
    expect(ownCopy('lone surrogate \ud800 in text'.repeat(2))).toBe(
      'lone surrogate \ud800 in text'.repeat(2),
    );
  });
});
