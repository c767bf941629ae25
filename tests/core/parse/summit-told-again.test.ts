import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

const S4 = resolve(process.cwd(), '../shared/corpus/articles/S4_asahi-fifth-round-no-agreement.txt');

describe('a summit told again later in the article', () => {
  // The Asahi report of the fifth round dates the Ishiba–Trump talks at the G-7 summit once
  // (June 15-17) and comes back to "the summit" in Akazawa's remarks: one summit, as the gold has it.
  it('is the summit the article dates, not a second, undated one (S4)', () => {
    const raw = readFileSync(S4, 'utf8');
    const summits = buildDataset([{ file: 'S4.txt', raw }]).events.filter((e) => e.type === 'summit');
    expect(summits.map((e) => [e.date, e.endDate, e.planned])).toEqual([['2025-06-15', '2025-06-17', true]]);
    expect(summits[0]!.participants).toEqual(['Donald Trump', 'Shigeru Ishiba']);
  });
});
