import { describe, expect, it } from 'vitest';
import { choosePublished } from '../../../src/core/parse/published-choice';
import { RANK } from '../../../src/core/parse/scan-lines';
import { clean } from './helpers';

// Made-up page text: a crawl marker with the site's stale clock glued to it, then the story's own stamp.
const LEAD =
  'Trade Minister Aiko Tanaka said on Thursday that the agreement on machine tools would take effect next month.';

describe('the published date when a page shows two timestamps that disagree', () => {
  it("takes the story's stamp that the crawl marker confirms over a stale site clock in the header", () => {
    const text = [
      'date 2025-07-31 Tuesday, 02 January 2024 12:17 GMT',
      'Exporters welcome machine tool deal',
      '2025-07-31 05:44:28',
      LEAD,
    ].join('\n\n');
    expect(clean(`${text}\n`).published).toBe('2025-07-31');
  });

  it('keeps the first of the best-ranked dates when nothing else on the page confirms either', () => {
    expect(
      choosePublished(
        [
          { iso: '2025-03-02', rank: 1 },
          { iso: '2025-03-01', rank: 1 },
        ],
        RANK.updated,
      ),
    ).toBe('2025-03-02');
  });

  it('never takes a lower-ranked date over a better one, even when two lower ones agree', () => {
    expect(
      choosePublished(
        [
          { iso: '2025-05-10', rank: 1 },
          { iso: '2025-05-09', rank: 4 },
          { iso: '2025-05-09', rank: 5 },
        ],
        RANK.updated,
      ),
    ).toBe('2025-05-10');
  });

  it("is not swayed by an update note: the update's day confirms no first stamp", () => {
    // Posted on the 15th, a second stamp line of the 16th, and "Updated" on the 16th.
    expect(
      choosePublished(
        [
          { iso: '2025-07-15', rank: RANK.timestamp },
          { iso: '2025-07-16', rank: RANK.updated },
          { iso: '2025-07-16', rank: RANK.timestamp },
        ],
        RANK.updated,
      ),
    ).toBe('2025-07-15');
  });

  it('shows no date when the page shows none', () => {
    expect(choosePublished([], RANK.updated)).toBeNull();
  });
});
