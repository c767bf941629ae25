import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

const file = (name: string, text: string) => ({ file: `${name}.txt`, raw: text });

describe('the people registry', () => {
  const d = buildDataset([
    file(
      'a',
      'Talks Resume\n\nForeign Minister Haruto Nakamura met Commerce Secretary Linda Park on Monday. Nakamura told reporters the talks were useful.\n',
    ),
    file(
      'b',
      'Minister Haruto Nakamora said on Friday that a deal was close. Treasury Secretary Omar Reyes said the same day that work remained.\n',
    ),
    file(
      'c',
      'Nakamura Haruto, the foreign minister, flew home. Mr Reyes posted on Truth Social from Air Force One. The Treasury chief said he was hopeful.\n',
    ),
    file(
      'd',
      'The Foreign Ministry said in a statement that the Group of Seven would meet in June. Park said the Prime Minister’s Office had agreed.\n',
    ),
  ]);
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  const names = d.people.filter((p) => p.kind === 'person').map((p) => p.name);

  it('merges a variant spelling and Japanese name order into one person', () => {
    expect(names.filter((n) => n.includes('Haruto'))).toEqual(['Haruto Nakamura']);
    const p = d.people.find((x) => x.name === 'Haruto Nakamura')!;
    expect(p.aliases).toContain('Haruto Nakamora');
    expect(byId.get('c')!.people).toContain('Haruto Nakamura');
  });

  it('keeps the role a title gives', () => {
    expect(d.people.find((x) => x.name === 'Linda Park')!.role).toBe('commerce secretary');
    expect(d.people.find((x) => x.name === 'Omar Reyes')!.role).toBe('treasury secretary');
  });

  it('resolves a surname, "Mr Surname" and a department chief to the full name', () => {
    expect(byId.get('d')!.people).toContain('Linda Park');
    expect(byId.get('c')!.people).toContain('Omar Reyes');
  });

  it('lists a statement-issuing organisation as an organisation, not a person', () => {
    const org = d.people.find((x) => x.name === 'Foreign Ministry');
    expect(org?.kind).toBe('organisation');
    expect(byId.get('d')!.people).not.toContain('Foreign Ministry');
  });

  it('does not take places, institutions, months or products for people', () => {
    for (const wrong of [
      'Truth Social',
      'Air Force One',
      'Group of Seven',
      'Prime Minister’s Office',
      'June',
    ]) {
      expect(names).not.toContain(wrong);
    }
  });

  it('does not count a name that only appears in a byline or a photo credit', () => {
    const e = buildDataset([
      file(
        'e',
        'Aiko Tanaka speaks in Osaka on May 2. (Kenji Mori)\nFinance Minister Aiko Tanaka said on Tuesday that duties would fall soon, for all goods.\n(This article was written by Sana Ito.)\n',
      ),
    ]);
    expect(e.articles[0]!.people).toEqual(['Aiko Tanaka']);
  });

  it('reads names with particles and does not take companies for people', () => {
    const f = buildDataset([
      file(
        'f',
        'Commission President Ursula von der Leyen said on Monday that Nippon Steel said nothing, and Capital Economics said the yen would fall.\n',
      ),
    ]);
    expect(f.articles[0]!.people).toEqual(['Ursula von der Leyen']);
  });

  it("names a country's ministry one way however the article writes it", () => {
    const g = buildDataset([
      file(
        'g',
        "Tanaka met officials. Freedonia's Foreign Ministry said in a statement that the talks were candid.\n",
      ),
    ]);
    expect(g.people.find((p) => p.kind === 'organisation')?.name).toBe("Freedonia's Foreign Ministry");
    const h = buildDataset([
      file(
        'h',
        "Sato met officials. Japan's Foreign Ministry said in a statement that the talks were candid.\n",
      ),
    ]);
    expect(h.articles[0]!.organisations).toEqual(['Japanese Foreign Ministry']);
  });

  it('counts a full name without a title as a person when the article later quotes the surname', () => {
    const k = buildDataset([
      file(
        'k',
        'The deal followed talks between Keir Starmer and Mark Carney in Ottawa. Starmer said it was fair.\n',
      ),
    ]);
    expect(k.articles[0]!.people).toEqual(['Keir Starmer']);
  });

  it('does not take a sentence opener for a given name ("Still Sato said")', () => {
    const m = buildDataset([
      file('m', 'Still Sato said nothing. Later Sato told reporters the talks would go on.\n'),
    ]);
    expect(m.people.filter((p) => p.kind === 'person')).toEqual([]);
  });
});
