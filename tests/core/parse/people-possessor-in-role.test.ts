import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up folder. An adviser is introduced by a post that names his employer ("the head of
 * Rivera's council of advisers"), and another article opens a sentence with a participle whose
 * object is that employer ("Echoing Rivera's words"). Neither is the employer's name or post:
 * the employer's own words stay his, and no person called "Echoing Rivera" appears.
 */
const files = [
  {
    file: 'adviser.txt',
    raw: "Adviser upbeat on talks\n\nPublished July 14, 2025\n\nThe head of Rivera's Council of Economic Advisers, Paul Okafor, told reporters on Monday that the talks were going well.\n",
  },
  {
    file: 'leaders.txt',
    raw: "Leaders agree on steel\n\nPublished July 15, 2025\n\nPresident Tomas Rivera met Prime Minister Ana Silva on Tuesday. Echoing Rivera's words, Silva said the deal was fair.\n\n“It's a fair deal for both,” Rivera said.\n",
  },
  {
    file: 'rally.txt',
    raw: 'Rivera hails deal at rally\n\nPublished July 16, 2025\n\nRivera spoke at a rally on Wednesday.\n\n“It was done, and done well,” Rivera said.\n',
  },
];

describe('a name inside someone else’s post, or after a participle, is not that person', () => {
  const data = buildDataset(files);
  const direct = data.quotes.filter((q) => q.kind === 'direct');
  it('the president’s words stay his in every article', () => {
    const fair = direct.find(
      (q) => q.text.startsWith('It’s a fair deal') || q.text.startsWith("It's a fair deal"),
    );
    const done = direct.find((q) => q.text.startsWith('It was done'));
    expect(fair?.speaker).toBe('Tomas Rivera');
    expect(done?.speaker).toBe('Tomas Rivera');
  });
  it('no person is made of the participle and the name', () => {
    expect(data.people.map((p) => p.name)).not.toContain('Echoing Rivera');
  });
  it('the adviser keeps his own statement', () => {
    expect(data.quotes.find((q) => q.articleId === 'adviser')?.speaker).toBe('Paul Okafor');
  });
});
