import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { urlDate } from '../../../src/core/parse/url-date';

describe('the day in a page address', () => {
  it.each([
    ['https://news.example.com/business/2025/07/24/trade-talks/', '2025-07-24'],
    ['https://news.example.com/world/asia/envoy-meets-commerce-chief-2025-07-24/', '2025-07-24'],
    ['https://news.example.com/business/2025/jul/24/envoy-meets-commerce-chief', '2025-07-24'],
    ['https://news.example.com/view/AEN20250724001234315', '2025-07-24'],
    ['https://news.example.com/view.php?ud=20250724000123', '2025-07-24'],
    ['https://news.example.com/jc/i?g=eco&k=2025061500253', '2025-06-15'],
    ['https://news.example.com/en/news/abc2025040900037/farm-market.html', '2025-04-09'],
    ['https://news.example.com/en/article/2026020411224094941', '2026-02-04'],
  ])('%s gives %s', (url, day) => {
    expect(urlDate(url)).toBe(day);
  });

  it.each([
    'https://news.example.com/article/3319000/trade-talks',
    'https://news.example.com/en/article/33b2eca14352f01994a2baafd26b4ab5',
    'https://news.example.com/view/AEN20251340001234315',
    'https://news.example.com/business/2025/07/trade-talks',
    'https://news.example.com/asia/x?ref=2025',
  ])('%s gives no day', (url) => {
    expect(urlDate(url)).toBeNull();
  });
});

describe('weekdays of an article dated only by its address', () => {
  it('are resolved against the day in the address its sidecar gives', () => {
    const body =
      'Envoy meets commerce chief\n\nJapanese negotiator Ryosei Akazawa met Commerce Secretary Howard Lutnick in Washington on Tuesday, the ministry said.\n';
    const d = buildDataset([
      { file: 'a.txt', raw: body },
      {
        file: 'a.meta.json',
        raw: JSON.stringify({ url: 'https://news.example.com/world/envoy-meets-chief-2025-07-24/' }),
      },
    ]);
    expect(d.articles[0]?.published).toBe('2025-07-24');
    expect(d.events.find((e) => e.type === 'meeting')?.date).toBe('2025-07-22');
  });
});
